/// The fixed files of a build context that explain it: `.dockerignore`, `content/README.txt`,
/// `tools/README.txt`. They hold no capture value.
enum ContextDocuments {
    /// `.dockerignore`: the notes for the person building stay out of the build.
    static let dockerignore = """
        # Notes for the person building the image; the image does not need them.
        content-manifest.txt
        content/README.txt

        """

    /// `content/README.txt`.
    static let contentReadme = """
        The files of this workload's sites and services go here.

        The capture holds configuration, not files. Copy each folder listed in ../content-manifest.txt from
        the server into the folder named in its second column (for example with robocopy), or run convert
        with --content-root pointing at a copy of the server's drives, which fills these folders for you.
        The Dockerfile copies each folder to the path in the third column. This README stays out of the
        image (.dockerignore).

        """

    /// `tools/README.txt`, for images without IIS's ServiceMonitor.
    static let toolsReadme = """
        Put ServiceMonitor.exe here: the release of microsoft/IIS.ServiceMonitor for 64-bit Windows.
        The base image of this workload does not ship it (the IIS and ASP.NET images do); the Dockerfile
        copies it to C:\\ServiceMonitor.exe, the container's entry point, which runs as long as IIS does.

        """
}
