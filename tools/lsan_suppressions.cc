// LeakSanitizer suppressions for the tools that draw with cairo (gen_corpus,
// gen_scans), linked into them only. cairo 1.16 leaks a buffer per embedded
// CFF font subset, and fontconfig keeps a few allocations past FcFini when
// cairo holds font patterns: nothing a caller can free. Suppressing exactly
// those libraries keeps LeakSanitizer checking everything of ours in a
// TALLY_SANITIZE build.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libcairo.so\nleak:libfontconfig.so\n";
}
#endif
