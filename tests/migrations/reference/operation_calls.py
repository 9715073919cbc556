#!/usr/bin/env python3
"""What Alembic 1.13's operation methods accept, for tst_operationsignature.

Reads JSON from stdin: {"calls": [[target, method, arguments], ...]} where target is
"Operations" or "BatchOperations" and arguments is the text between the call's brackets.
Writes JSON to stdout:
  "signatures": {target: {method: [[name, kind, required], ...]}} from inspect.signature
      (kind as inspect names it: POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD);
  "calls": [result, ...], each either {"bound": {parameter: the argument's offset in the
      arguments text}, "rest": n,
      "extra": [keyword names]} or {"error": the TypeError CPython raises when calling it}.
"""
import ast
import inspect
import json
import sys

from alembic.operations import BatchOperations, Operations

request = json.load(sys.stdin)
classes = {"Operations": Operations, "BatchOperations": BatchOperations}
methods = {target: sorted({call[1] for call in request["calls"] if call[0] == target} | set(request.get("methods", {}).get(target, [])))
           for target in classes}

signatures = {}
for target, cls in classes.items():
    signatures[target] = {}
    for name in methods[target]:
        parameters = list(inspect.signature(getattr(cls, name)).parameters.values())[1:]  # without self
        signatures[target][name] = [[p.name, p.kind.name, p.default is inspect.Parameter.empty
                                     and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)] for p in parameters]


class Placeholder:
    """Stands for `self` and for every argument: the call must fail in binding or not at all."""


results = []
for target, name, arguments in request["calls"]:
    function = getattr(classes[target], name)
    call = ast.parse("f(%s)" % arguments, mode="eval").body
    # Each argument stands for itself by where it starts in `arguments`.
    args = [a.col_offset - 2 for a in call.args]
    kwargs = {k.arg: k.value.col_offset - 2 for k in call.keywords}
    signature = inspect.signature(function)
    try:
        bound = signature.bind(Placeholder(), *args, **kwargs)
    except TypeError:
        # inspect words it differently from CPython: take CPython's own message, from a call
        # that fails while binding, before the method's body runs.
        try:
            function(Placeholder(), *args, **kwargs)
            raise SystemExit("%s.%s(%s) bound in a call but not in inspect" % (target, name, arguments))
        except TypeError as error:
            results.append({"error": str(error)})
        continue
    named, rest, extra = {}, 0, []
    for parameter, value in bound.arguments.items():
        kind = signature.parameters[parameter].kind
        if kind == inspect.Parameter.VAR_POSITIONAL:
            rest = len(value)
        elif kind == inspect.Parameter.VAR_KEYWORD:
            extra = list(value)
        elif not isinstance(value, Placeholder):
            named[parameter] = value
    results.append({"bound": named, "rest": rest, "extra": extra})

json.dump({"signatures": signatures, "calls": results}, sys.stdout)
