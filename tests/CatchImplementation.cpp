// Catch's own code, compiled once for every runner. Each runner's main (TestMain.cpp) makes the
// Qt application it needs and then calls runCatchSession.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

int toward::test::runCatchSession(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
