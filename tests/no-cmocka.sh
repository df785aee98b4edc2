#!/bin/sh
# Stands in for the unit tests when configure did not find cmocka.
echo "cmocka was not found by configure; install it (Debian: apt-get install libcmocka-dev) and re-run configure." >&2
exit 1
