"""Wild26 truth for nmakke/SR-LivingReview docs/methods.md: the methods page of "A Living Review of
Symbolic Regression", an MkDocs-Material site (a niche awesome-style list of symbolic regression work).

Shape: YAML front matter (lines 1-4), an italic intro, a block of HTML comments holding a hidden table
(lines 9-19), then three '## **...**' headings; under them nine MkDocs admonitions
'???+ note "Category"' whose bodies are indented four spaces: a hidden '<div class="meta_for_parser
...">' with a '###' heading inside (not an entry), then '* ' bullets, indented 4 or (lines 54-61)
7 spaces.  A bullet is '* [Title](url) [[DOI]](url) [![#c5f015](placeholder)`code`](repo) (NICK)':
the title is the first link's text; the optional trailing '(NICK)' is the method's short name, not
part of the title; '[[DOI]]' links go to publisher pages or OpenReview (only some hold a DOI).
Special cases: lines 56-61 and 85 write the title as plain text followed by a '[[DOI]]' link
(title = the text before '[[DOI]]'); line 54 '[Eurequa](springer .../10.1007/s10710-010-9124-z)'
names the Eureqa software but links a journal article: an entry whose link text is a nickname, so
title null; line 55 '[PySR: High-Performance ...](github.com/MilesCranmer/pysr)' is the code
repository's description linking only to GitHub: a tool, not an entry; lines 87, 88 and 117 carry a
stray '`code`]' after the code badge.  Repeated papers (AI Feynman lines 39/98, Physical Symbolic
Optimization lines 71/99; the transformer4sr paper on lines 85 and 87, once plain and once linked
to arXiv) are separate entries.
Count check: 35 '* ' bullets (3+6+8+3+10+2+1+2 per admonition) = 34 entries + the PySR tool.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "nmakke__SR-LivingReview__docs__methods@162899a.md"
PART = "wild26_development"
TOOLS = {55}
NICKNAME_ONLY = {54}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"\s+\* (.*)$", text)
        if not m:
            continue
        bullets += 1
        if i in TOOLS:
            assert "github.com/MilesCranmer/pysr" in text
            continue
        body = m.group(1)
        if i in NICKNAME_ONLY:
            assert body.startswith("[Eurequa](")
            title = None
        elif body.startswith("["):
            lm = re.match(r"\[([^\]]+)\]\(", body)
            title = lm.group(1)
        else:
            title = body.split(" [[DOI]]")[0]
            assert title != body, i
        papers.append(entry(lines, i, i, title))
    assert bullets == 35, bullets
    assert len(papers) == 34, len(papers)
    write_truth(NAME, PART, papers,
                "every '* ' bullet inside the MkDocs admonitions is an entry except the PySR GitHub link (a tool);"
                " title = the first link's text, or the plain text before '[[DOI]]' where the title is unlinked;"
                " the trailing '(NICK)' method name is dropped; the 'Eurequa' bullet linking a journal article"
                " has title null",
                "all 35 bullets read by eye against the file (every title, the indentation of lines 54-61, the"
                " stray '`code`]' on lines 87/88/117, the hidden meta divs and commented table); arXiv ids"
                " (abs/pdf, '2304.10336v1') and DOIs from pnas.org/doi, science.org/doi and Springer links checked;"
                " pubs.aip.org, IEEE Xplore, OpenReview, NeurIPS and PMLR links give no id")


if __name__ == "__main__":
    main()
