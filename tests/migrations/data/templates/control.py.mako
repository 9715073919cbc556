<%doc>
    A template with the control constructs the stock ones do not use: ${not rendered}
</%doc>
<%!
import re
%>"""${message | trim}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
## a comment line, never written
"""
% if branch_labels:
# labelled: ${comma(branch_labels)}
% elif depends_on:
# depends on ${depends_on | comma}
% else:
# plain
% endif
% for word in re.split(r'\s+', message):
# word: ${repr(word)} \
continued
% endfor
import sqlalchemy as sa
${imports if imports else ""}
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
% if message == "empty message" or not message:
# no message given
% endif
x = ${repr("%s_upgrades" % up_revision if up_revision is not None else 'none')}


def upgrade():
    ${context.get("upgrades", "pass")}


def downgrade():
    ${downgrades if downgrades else "pass"}
