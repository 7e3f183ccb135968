# Setup of the CTest fixture `pg`: a fresh throwaway PostgreSQL cluster in DIR, made by
# packaging/pg-test-cluster.sh (SCRIPT); a cluster left over from an interrupted run is removed
# first. Where no PostgreSQL server is installed (exit 2) it passes with "SKIP: ..." and the
# PostgreSQL tests skip (tests/pgtestsupport.h), unless the environment has WBC_REQUIRE_PG=1 (CI):
# then it fails, and so do they.
#   cmake -DSCRIPT=packaging/pg-test-cluster.sh -DDIR=build/pgtest -P pg_cluster_start.cmake
execute_process(COMMAND bash ${SCRIPT} stop ${DIR})
execute_process(COMMAND bash ${SCRIPT} start ${DIR} RESULT_VARIABLE rc)
if(rc EQUAL 0)
    return()
endif()
if(rc EQUAL 2 AND NOT "$ENV{WBC_REQUIRE_PG}" STREQUAL "1")
    message("SKIP: PostgreSQL server not installed; the PostgreSQL tests skip "
            "(Debian: apt install postgresql-15 libqt6sql6-psql)")
    return()
endif()
if(rc EQUAL 2)
    message(FATAL_ERROR "PostgreSQL server not installed, and WBC_REQUIRE_PG=1 requires it")
endif()
message(FATAL_ERROR "pg-test-cluster.sh start ${DIR} failed (exit ${rc})")
