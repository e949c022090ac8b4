# The SHA-256 of source files, as a C++ string constant, so the binary knows
# which code it was built from: cmake -DROOT=dir -DLIST=files.txt
# -DOUT=file.cc -DNS=tally::pipeline -DNAME=kRulesCode -P hash_sources.cmake
# defines `extern const char NS::NAME[]`, the hex digest over each file's
# path below ROOT and its contents, in path order. LIST holds the files, one
# a line. With -DPREFIX=p -DLENGTH=n the constant is p followed by the
# digest's first n hex digits. Written only when it changes, so what depends
# on it is rebuilt only then.
file(STRINGS ${LIST} FILES)
list(SORT FILES)
set(ALL "")
foreach(F IN LISTS FILES)
  file(RELATIVE_PATH REL ${ROOT} ${F})
  file(SHA256 ${F} H)
  string(APPEND ALL "${REL} ${H}\n")
endforeach()
string(SHA256 DIGEST "${ALL}")
if(DEFINED LENGTH)
  string(SUBSTRING "${DIGEST}" 0 ${LENGTH} DIGEST)
endif()
set(DIGEST "${PREFIX}${DIGEST}")
set(TEXT "namespace ${NS} {\nextern const char ${NAME}[] = \"${DIGEST}\";\n}\n")
if(EXISTS ${OUT})
  file(READ ${OUT} OLD)
endif()
if(NOT "${OLD}" STREQUAL "${TEXT}")
  file(WRITE ${OUT} "${TEXT}")
endif()
