"""Writes N revision scripts with randomly combined header forms (seeded, so reproducible).

Used by tst_revisionscript_reference: Alembic reads each one, and the static reader must
agree or say that the value needs Python. Ids of parents and labels never equal the
revision's, so that Alembic's graph checks (self-loops) stay out of the comparison.
"""
import os
import random
import sys

folder, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(seed)
revisions = ["'a1'", '"b2"', "r'c3'", "u'd4'", "'e' 'f'", "('g')", "f'h5'", "'''i6'''",
             "'\\x6a7'", "'k' \\\n    'l'"]
others = ["None", "()", "[]", "('p',)", "('p', 'q')", "['p', 'q', 'r']", "'p', 'q'",
          "('p',\n    'q',  # second\n)", "['p',]", "(('p'))", "NAME", "'p' + 'q'", "str(1)",
          "'p' if True else None", "('p', None)", "f'{1}'", "b'x'", "('a' 'b', 'c')",
          "'s1'", "r's2'", "('s3')", "'s' 't'", "u's4'", "NAME[0]", "OTHER"]
annotations = ["", ": str", ": Union[str, None]", ": Union[str, Sequence[str], None]",
               ": str | None", ": tuple[str, ...] | None"]
docs = ['"""Doc\n\n    Revision ID: x\n    """\n', "'single'\n", 'f"""fdoc"""\n', 'b"bdoc"\n', '',
        '# comment\n"""after comment"""\n', '("par" "en")\n', '"""a""" + "b"\n',
        '"""\ttab\n\t  x"""\n', 'r"""raw\\n"""\n', '"""Doc"""; import os\n']
os.makedirs(folder, exist_ok=True)
for n in range(count):
    body = []
    for name in ["revision", "down_revision", "branch_labels", "depends_on"]:
        if name in ("branch_labels", "depends_on") and random.random() < 0.2:
            continue
        for _ in range(random.choice([1, 1, 2])):
            value = random.choice(revisions if name == "revision" else others)
            body.append(f"{name}{random.choice(annotations)} = {value}\n")
    random.shuffle(body)
    if random.random() < 0.3:
        body.append("def upgrade():\n    revision = 'zz'\n    if 1:\n        pass\n")
    if random.random() < 0.2:
        body.append("if False:\n    down_revision = 'never'\n")
    text = (random.choice(docs) + "from typing import Sequence, Union\n"
            + "NAME = ('n1', 'n2')\nOTHER = NAME\n" + "".join(body))
    text = text.replace("\n", random.choice(["\n", "\n", "\r\n"]))
    with open(os.path.join(folder, f"gen_{n:04d}.py"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
