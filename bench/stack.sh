# shellcheck shell=bash
# Sourced by the bench scripts that drive copies of the suite's parts (after `cd` to the checkout
# root with ROOT set): ./kam's own helpers for the stack, then bench/lib.sh.
# shellcheck source=../infra/lib/common.sh
source infra/lib/common.sh
# shellcheck source=../infra/lib/postgres.sh
source infra/lib/postgres.sh
# shellcheck source=../infra/lib/services.sh
source infra/lib/services.sh
# shellcheck source=lib.sh
source bench/lib.sh
