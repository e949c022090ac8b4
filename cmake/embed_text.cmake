# Turns a text file into a C++ string constant, so the binary needs no data
# files: cmake -DIN=file -DOUT=file.cc -DNS=tally::store -DNAME=kSchemaSql
# -P embed_text.cmake defines `extern const char NS::NAME[]`.
file(READ ${IN} TEXT)
file(WRITE ${OUT} "namespace ${NS} {\nextern const char ${NAME}[] = R\"tally_embed(${TEXT})tally_embed\";\n}\n")
