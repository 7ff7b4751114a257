/// The start-up line for a `--host` other computers can reach, nil for loopback.
///
/// Why: the preview serves whatever is being written, not only what is published (with
/// `--concept` the concept documents too) and `/_plansite/diagnostics`. The Host check keeps
/// other web sites' pages out, but not other computers: anyone in the network can connect
/// and send the right `Host`. Whoever chose such an address should know that.
func exposureWarning(host: String, includeConcept: Bool) -> String? {
    guard !HostName(listening: host).isLoopback else { return nil }
    let drafts = includeConcept ? "de ongepubliceerde tekst, ook de concepten," : "de ongepubliceerde tekst"
    return "plansite: let op: de preview luistert op \(host) en is bereikbaar vanaf andere computers; "
        + "iedereen in het netwerk ziet \(drafts) en de meldingen (gebruik --host 127.0.0.1 om dat te voorkomen)"
}
