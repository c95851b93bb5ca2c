# Third-party libraries from Debian packages (DESIGN §10). Missing ones are installed by
# scripts/bootstrap.sh; here a missing required one is a configure error naming the package.
find_package(OpenMP REQUIRED)
find_package(Threads REQUIRED)
