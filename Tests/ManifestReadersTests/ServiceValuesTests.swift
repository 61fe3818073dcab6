import Testing
@testable import ManifestReaders

@Suite struct ServiceValuesTests {
    @Test(arguments: [
        ("Running", "Running"), ("4", "Running"), ("4  RUNNING", "Running"), ("StartPending", "Start Pending"),
        ("Start Pending", "Start Pending"), ("3  STOP_PENDING", "Stop Pending"), ("7", "Paused"),
    ])
    func states(raw: String, expected: String) {
        #expect(ServiceValues.state(raw) == expected)
    }

    @Test func healthStatusIsNotAState() {
        #expect(ServiceValues.state("OK") == nil)
        #expect(ServiceValues.state("9") == nil)
    }

    @Test func startModes() {
        #expect(ServiceValues.startMode("Automatic") == ("Auto", nil))
        #expect(ServiceValues.startMode("Auto") == ("Auto", nil))
        #expect(ServiceValues.startMode("2") == ("Auto", nil))
        #expect(ServiceValues.startMode("AutomaticDelayedStart") == ("Auto", true))
        #expect(ServiceValues.startMode("2   AUTO_START  (DELAYED)") == ("Auto", true))
        #expect(ServiceValues.startMode("3   DEMAND_START") == ("Manual", nil))
        #expect(ServiceValues.startMode("0") == ("Boot", nil))
        #expect(ServiceValues.startMode("1   SYSTEM_START") == ("System", nil))
        #expect(ServiceValues.startMode("Disabled") == ("Disabled", nil))
        #expect(ServiceValues.startMode("InvalidValue") == ("InvalidValue", nil))
    }

    @Test(arguments: [
        ("16", "Own Process"), ("32", "Share Process"), ("Win32OwnProcess, Win32ShareProcess", "Share Process"),
        ("Win32OwnProcess, InteractiveProcess", "Own Process (Interactive)"), ("80", "User Own Process"),
        ("96", "User Share Process"), ("240", "User Share Process"), ("208", "User Own Process"),
        ("KernelDriver", "Kernel Driver"), ("File System Driver", "File System Driver"),
        ("10  WIN32_OWN_PROCESS", "Own Process"), ("e0  USER_SHARE_PROCESS INSTANCE", "User Share Process"),
        ("Unknown", "Unknown"),
    ])
    func serviceTypes(raw: String, expected: String) {
        #expect(ServiceValues.serviceType(raw) == expected)
    }
}
