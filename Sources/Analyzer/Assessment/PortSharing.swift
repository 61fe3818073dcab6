/// Which workloads listen on the same port: on the server IIS shared a port between sites by host
/// name or IP address, which separate containers cannot do without a proxy in front.
enum PortSharing {
    /// `workloads` with `RequiredPort.sharedWith` set on each port: how many other workloads have a
    /// port with the same number and protocol family (http and https are one family, both served
    /// by HTTP.sys; other protocols each their own). Ports without a number stay nil.
    static func counted(_ workloads: [AssessedWorkload]) -> [AssessedWorkload] {
        var listeners: [Key: Int] = [:]
        for workload in workloads {
            for key in Set(workload.requirements.ports.compactMap(Key.init)) { listeners[key, default: 0] += 1 }
        }
        return workloads.map { assessed in
            var assessed = assessed
            for index in assessed.requirements.ports.indices {
                let port = assessed.requirements.ports[index]
                assessed.requirements.ports[index].sharedWith = Key(port).map { listeners[$0, default: 1] - 1 }
            }
            return assessed
        }
    }

    private struct Key: Hashable {
        var family: String
        var number: Int

        init?(_ port: RequiredPort) {
            guard let number = port.port else { return nil }
            let name = port.protocol.caseInsensitiveKey
            family = name == "https" ? "http" : name
            self.number = number
        }
    }
}
