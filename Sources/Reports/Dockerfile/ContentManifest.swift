/// `content-manifest.txt`: the machine-readable list of folders to copy from the server into the
/// context's `content/` folder (the `convert` command reads it to copy from `--content-root`).
enum ContentManifest {
    /// The path of the file in the context.
    static let path = "content-manifest.txt"

    static func render(_ layout: ContentLayout) -> String {
        var text = GeneratedText()
        text.comment("content-manifest.txt: the folders this workload's image copies in. The capture holds configuration, "
            + "not the files of sites and services: copy each folder below from the server into content/, or pass "
            + "--content-root to convert, which copies them.")
        text.comment("One line per folder, three fields separated by a tab: <source path on the server> <destination "
            + "under content/> <path in the container>. Control characters in a source path are written \\uXXXX. "
            + "Lines starting with # are comments.")
        for folder in layout.folders {
            text.line([SafeText.field(folder.source), folder.destination, folder.containerPath].joined(separator: "\t"))
        }
        for mount in layout.mounts {
            text.comment("Not copied: the share \(mount.share) is mounted at \(mount.containerPath) when the container runs.")
        }
        return text.text
    }
}
