/// The Windows-1252 ("ANSI", western) code page, which REGEDIT4 files and ANSI `.reg` files are
/// written in. Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D, which the code page leaves undefined, map to
/// the C1 control of the same number, as Windows' own conversion does.
enum Windows1252 {
    /// Unicode scalars of the bytes 0x80–0x9F; 0xA0–0xFF are the Latin-1 scalars of the same number.
    private static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]

    /// The character `byte` stands for.
    private static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        (0x80..<0xA0).contains(byte) ? high[Int(byte) - 0x80] : Unicode.Scalar(byte)
    }

    /// Decodes `bytes`.
    static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.lazy.map(scalar))
        return String(scalars)
    }
}
