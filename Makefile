# The two commands of the README. Everything else is in scripts/.
.PHONY: run test setup build format-check
run: setup build
	./scripts/run.sh
test: setup
	./scripts/test.sh
setup:
	./scripts/setup.sh
build:
	./scripts/build.sh
format-check:
	./scripts/format_check.sh
