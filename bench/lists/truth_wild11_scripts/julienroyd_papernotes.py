"""Wild11 truth for julienroyd/Papernotes README.md: a student's RL paper-notes log by academic term.

Shape: '# Papernotes', then six term headings ('### Winter 2020', '### Summer 2019', '### Winter
2019', '### Fall 2018', '### Summer 2018', '### Winter 2018'), each over '* ' bullets separated by
blank lines.  Every bullet is
'* [Title (NICK)](notes/<Dir>/<Dir>.md) &mdash; *Authors* [[Venue](url)]':
the link goes to the author's own notes file, the authors are in italics after an em dash, and the
paper link's text is a venue or host ('arXiv', 'ICML', 'NeurIPS', 'mlr', 'AAAI', 'NIPS',
'ICLR (OpenReviews)', 'SIGGRAPH', 'PMLR').  Five link texts start with '**TODO:** ' (notes not
written yet); 20 end with the paper's nickname in parentheses ('(GCL)', '(SAC)', '(Soft
Q-Learning)', '(Caps-Net)', ...).  One link text wraps over two lines (lines 21-22, DAGGER).

Entry: every '* [' bullet (42, each one paper).  Title: the notes link's text with the status
marker '**TODO:** ' dropped (it is not part of the title) and the trailing parenthesized nickname
dropped (it is the list's label for the paper, not its title: e.g. 'Soft Actor-Critic (SAC)' ->
'Soft Actor-Critic'; all 20 trailing parentheses here are such nicknames); a colon nickname written
into the title ('SQIL: Imitation Learning ...', 'DeepMimic: ...', 'Rainbow : Combining ...') is kept,
as is the title's own spacing before colons.  The wrapped link text is joined with one space.

Ids: arXiv ids from the venue link when it points to arxiv.org (version suffixes like 'v1'/'v5'
dropped), including '[[SIGGRAPH](https://arxiv.org/abs/...)]' and '[[ICLR](https://arxiv.org/...)]';
NeurIPS/NIPS, PMLR, AAAI, OpenReview and Stanford links carry no id.  No DOIs.

Count check: 42 bullets by grep '^\\* \\[' and per heading (10+6+2+7+11+6 = 42); 5 TODO markers and
20 trailing nicknames counted with grep.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "julienroyd__Papernotes__README@7a098d5.md"
PART = "wild11_development"

PER_TERM = {"Winter 2020": 10, "Summer 2019": 6, "Winter 2019": 2, "Fall 2018": 7,
            "Summer 2018": 11, "Winter 2018": 6}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    term = None
    seen: dict[str, int] = {}
    todo = nick = 0
    no = 1
    while no <= len(lines):
        text = lines[no - 1]
        h = re.match(r"### (\w+ \d{4})$", text)
        if h:
            term = h.group(1)
            seen[term] = 0
        if not text.startswith("* ["):
            assert not text.startswith(("* ", "- ")), (no, text)
            no += 1
            continue
        end = no
        while "](notes/" not in "\n".join(lines[no - 1:end]):  # link text wrapped onto the next line
            end += 1
        block = " ".join(lines[no - 1:end])
        m = re.match(r"\* \[(.+?)\]\(notes/[^)]+\) &mdash; \*[^*]+\* \[\[[^\]]+\]\(http[^)]+\)\]$", block)
        assert m, (no, block)
        title = m.group(1)
        if title.startswith("**TODO:** "):
            title = title[len("**TODO:** "):]
            todo += 1
        n = re.match(r"(.+?) \(([^()]+)\)$", title)
        if n:
            title = n.group(1)
            nick += 1
        papers.append(entry(lines, no, end, title))
        assert term is not None
        seen[term] += 1
        no = end + 1
    assert seen == PER_TERM, seen
    assert (len(papers), todo, nick) == (42, 5, 20), (len(papers), todo, nick)
    write_truth(
        NAME, PART, papers,
        "every '* [' bullet under the term headings is an entry; title = the notes link's text without the"
        " '**TODO:** ' status marker and without the trailing parenthesized nickname ('(SAC)', '(GANs)', ...);"
        " the wrapped DAGGER link text spans lines 21-22",
        "all 42 bullets one by one against the file (titles, the 5 TODO markers, the 20 nicknames dropped,"
        " the wrapped link text, arXiv ids behind SIGGRAPH/ICLR labels and with version suffixes);"
        " count by grep and per term heading",
    )


if __name__ == "__main__":
    main()
