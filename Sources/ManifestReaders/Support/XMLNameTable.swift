import CLibXML2

/// What a `SafeXMLReader` makes of each name libxml2 hands out, made once per distinct name.
///
/// An `xmlTextReader` interns every element and attribute name in its parser's dictionary (it
/// sets `dictNames`), and the dictionary lives as long as the reader: a name pointer it returns
/// always holds the same name. So entries are found by pointer, and a name is converted to a Swift
/// `String` (and classified) only the first time it is met, not for every tag.
///
/// The table is open-addressed (linear probing, at most half full) and hashes the pointer with a
/// multiplication: a file has a few dozen distinct names, looked up for every start tag,
/// and `Dictionary`'s seeded hashing would cost more than the rest of the lookup.
struct XMLNameTable<Entry> {
    private typealias Slot = (name: UnsafePointer<xmlChar>, entry: Entry)

    private var slots = [Slot?](repeating: nil, count: 64)
    private var count = 0
    private let make: (String) -> Entry

    /// A table whose entry for a name is `make(name)`.
    init(_ make: @escaping (String) -> Entry) {
        self.make = make
    }

    /// The entry for the interned name at `pointer`.
    mutating func entry(for pointer: UnsafePointer<xmlChar>) -> Entry {
        var index = home(of: pointer)
        while let slot = slots[index] {
            if slot.name == pointer { return slot.entry }
            index = (index + 1) & (slots.count - 1)
        }
        let entry = make(String(cString: pointer))
        slots[index] = (pointer, entry)
        count += 1
        if count * 2 > slots.count { grow() }
        return entry
    }

    /// The slot where the search for `pointer` starts (Fibonacci hashing: the top bits of the
    /// address times 2⁶⁴ divided by the golden ratio).
    private func home(of pointer: UnsafePointer<xmlChar>) -> Int {
        let product = UInt(bitPattern: pointer) &* 0x9E37_79B9_7F4A_7C15
        return Int(product >> (UInt.bitWidth - slots.count.trailingZeroBitCount))
    }

    /// Doubles the slots and re-inserts the entries.
    private mutating func grow() {
        let old = slots
        slots = [Slot?](repeating: nil, count: old.count * 2)
        for case let slot? in old {
            var index = home(of: slot.name)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = slot
        }
    }
}
