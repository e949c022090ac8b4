# Turns schema.sql into a C++ string constant (tally::store::kSchemaSql).
file(READ ${IN} SQL)
file(WRITE ${OUT} "namespace tally::store {\nextern const char kSchemaSql[] = R\"tally_sql(${SQL})tally_sql\";\n}\n")
