import PlanSiteModel
internal import CYaml

/// libyaml's parser set up over a text's UTF-8, for the two readers that use libyaml
/// directly (`YAMLAnchorScan`'s tokens, `YAMLComposer`'s events): nil when libyaml cannot
/// start one. `CYaml` is the libyaml copy Yams builds and links, not a product of the Yams
/// package, so it is imported internally and used only in this folder.
enum LibYAMLParser {
    static func withParser<Result>(over yaml: String, _ body: (inout yaml_parser_t) -> Result) -> Result? {
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            return body(&parser)
        }
    }
}
