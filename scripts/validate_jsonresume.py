#!/usr/bin/env python3
"""Validates JSON Resume files against the official schema (draft-07), with format checks.

Usage: scripts/validate_jsonresume.py SCHEMA FILE...
Exit status 1 when any file is invalid; every error is printed with its path in the file.
"""
import importlib.metadata
import json
import sys

from jsonschema.validators import validator_for


def main(schema_path, files):
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = validator_for(schema)
    if "draft-07" not in schema.get("$schema", ""):
        print(f"error: {schema_path} is not a draft-07 schema: {schema.get('$schema')}", file=sys.stderr)
        return 1
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    failed = False
    for path in files:
        with open(path, encoding="utf-8") as handle:
            resume = json.load(handle)
        errors = sorted(validator.iter_errors(resume), key=lambda error: list(error.absolute_path))
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: {where}: {error.message}", file=sys.stderr)
        if errors:
            failed = True
        else:
            sections = sorted(key for key, value in resume.items() if isinstance(value, list))
            print(f"valid JSON Resume ({validator_class.__name__}, jsonschema {importlib.metadata.version('jsonschema')}): "
                  f"{path} [{', '.join(sections)}]")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
