import Foundation
import PlanSiteFuzzing
#if FUZZING
import CLibFuzzer
#endif

/// libFuzzer calls this once per input; the C name is libFuzzer's contract.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReferencesTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzRunner.run(bytes, count, fuzzReferences)
}

/// Built by scripts/fuzz (`-sanitize=fuzzer -DFUZZING`): hands the command line to
/// libFuzzer. An ordinary build: replays the files named on the command line (a crash
/// file, a corpus folder) and exits 1 if one of them breaks an invariant.
@main
enum FuzzReferencesMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzReferencesTestOneInput($0, $1) })
        #else
        exit(FuzzRunner.replay(Array(CommandLine.arguments.dropFirst()), fuzzReferences))
        #endif
    }
}
