"""Prints, as JSON, Python's own reading (the `ast` module) of the upgrade/downgrade bodies
of every revision script in the folders given, in the form Statement::dump() writes, so
that the C++ body reader can be compared with CPython's parser.

Literal `*[...]` and `**{...}` in calls are spread, string-only expression statements
(docstrings) are left out and constant f-strings are joined, as the C++ reader does.
"""
import ast
import json
import os
import re
import sys

MIGRATION_FUNCTION = re.compile(r"^(upgrade|downgrade)(_.*)?$")


def expr(node):
    if isinstance(node, ast.Constant):
        value = node.value
        if value is None:
            return "None"
        if isinstance(value, bool):
            return "True" if value else "False"
        if isinstance(value, str):
            return json.dumps(value)
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return "float:" + value.hex()
        raise ValueError(f"constant {value!r}")
    if isinstance(node, ast.JoinedStr):
        if all(isinstance(part, ast.Constant) for part in node.values):
            return json.dumps("".join(part.value for part in node.values))
        raise ValueError("f-string with fields")
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"attr({expr(node.value)}, {node.attr})"
    if isinstance(node, ast.Call):
        positional = []
        for argument in node.args:
            if isinstance(argument, ast.Starred):
                positional.extend(argument.value.elts)
            else:
                positional.append(argument)
        keywords = []
        for keyword in node.keywords:
            if keyword.arg is None:
                keywords.extend((key.value, value) for key, value in zip(keyword.value.keys, keyword.value.values))
            else:
                keywords.append((keyword.arg, keyword.value))
        return "call({}; {}; {})".format(
            expr(node.func),
            ", ".join(expr(argument) for argument in positional),
            ", ".join(f"{name}={expr(value)}" for name, value in keywords),
        )
    if isinstance(node, ast.Tuple):
        return "tuple({})".format(", ".join(expr(item) for item in node.elts))
    if isinstance(node, ast.List):
        return "list({})".format(", ".join(expr(item) for item in node.elts))
    if isinstance(node, ast.Dict):
        return "dict({})".format(", ".join(f"{expr(k)}: {expr(v)}" for k, v in zip(node.keys, node.values)))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return f"neg({expr(node.operand)})"
    raise ValueError(ast.dump(node))


def is_string(node):
    return isinstance(node, ast.Expr) and (
        (isinstance(node.value, ast.Constant) and isinstance(node.value.value, str))
        or (isinstance(node.value, ast.JoinedStr)
            and all(isinstance(part, ast.Constant) for part in node.value.values)))


def statements(body, indent):
    lines = []
    pad = " " * indent
    for node in body:
        if is_string(node):
            continue
        if isinstance(node, ast.Expr):
            lines.append(pad + expr(node.value))
        elif isinstance(node, ast.Assign):
            lines.append(f"{pad}{node.targets[0].id} = {expr(node.value)}")
        elif isinstance(node, ast.With):
            item = node.items[0]
            line = f"{pad}with {expr(item.context_expr)}"
            if item.optional_vars is not None:
                line += f" as {item.optional_vars.id}"
            lines.append(line + ":")
            lines.extend(statements(node.body, indent + 2))
        elif isinstance(node, ast.Pass):
            lines.append(pad + "pass")
        elif isinstance(node, ast.Return) and node.value is None:
            lines.append(pad + "return")
        else:
            raise ValueError(ast.dump(node))
    return lines


def read(path):
    with open(path, encoding="utf-8") as file:
        module = ast.parse(file.read(), path)
    functions = {}
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and MIGRATION_FUNCTION.match(node.name):
            try:
                functions[node.name] = "\n".join(statements(node.body, 0))
            except (ValueError, AttributeError) as error:
                functions[node.name] = {"unsupported": str(error)}
    return {"file": path, "functions": functions}


def main():
    result = []
    for folder in sys.argv[1:]:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py"):
                result.append(read(os.path.join(folder, name)))
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
