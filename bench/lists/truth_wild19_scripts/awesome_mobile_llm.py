"""Wild19 truth for stevelaskaridis/awesome-mobile-llm README.md: three-line '<br>' bullets with badge links.

Shape: an awesome list on LLMs for mobile and embedded hardware.  It opens with a pipe table of
small models ('| Name | Year | Sizes | Primary Group/Affiliation | Publication | Code Repository | HF
Repository |', bold year rows, a '[paper](url)' / '[blog](url)' / '[website](url)' link in the
Publication cell) and bullets of deployment frameworks and local servers ('- [llama.cpp](github):
description', nested app bullets).  Then eight '## ...' sections each with a '### Papers' part
split by '#### YYYY' (once '### YYYY') headings; every paper is a bullet of three lines:
    - **[MobiCom'24]** Mobile Foundation Model as Firmware
      <br>*Jinliang Yuan, Chen Yang, Dongqi Cai, et al.*
      <br>[![arXiv](shields.io badge)](https://arxiv.org/abs/...) [![DOI](badge)](https://doi.org/...) [![Code](badge)](github)
The title is plain text (not a link), sometimes after a venue tag in bold brackets ('**[ICML'24]**')
or plain brackets ('[NeurIPS'23]', '[ACL'20]', which render as text since no URL follows); the
author line is italic; the third line holds only image badges wrapped in links (arXiv, DOI,
Publication, Paper, ACL, CVF, Code, Talk, Demo, Hugging Face).  After the papers come bullet lists
of benchmarks, leaderboards, books and courses, industry announcements, workshops and related
awesome repositories.

Entry: every such three-line bullet in the Papers parts (lines '- ...' to the badge line); title =
the bullet's first line without the bracketed venue tag.  One bullet ('Online-SDFT ...') links only
a project page, under a badge whose alt text says 'Blog Post' but whose image says 'Paper-Link'; it
names authors and a research work, so it is an entry.  Not entries: the model table (each row is a
model release - name, sizes, affiliation, code and Hugging Face repositories - whose Publication
cell links a paper, a blog or a website; the row names the model, not a work), the framework and
server bullets, and the bullets after the last Papers part (benchmark sites, leaderboards, an
e-book and a textbook site, industry announcements - blog posts and a whitepaper -, workshops,
awesome repositories).  Ids come from the badge line; the first badge is the arXiv one when there is
one, a DOI badge (doi.org or dl.acm.org/doi) then gives the DOI.

Counts: 102 author lines '  <br>*' (grep), each preceded by a '- ' line and followed by a '  <br>['
badge line (checked); per section 12, 10, 24, 5, 5, 10, 11, 25 (awk per '## ' heading); 140 '- '
bullets in the file, 38 of them outside the Papers parts.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "stevelaskaridis__awesome-mobile-llm__README@754cb39.md"
PART = "wild19_development"

TAG = re.compile(r"(?:\*\*\[[^\]]+\]\*\*|\[[^\]]+\](?![(\[]))\s*")
EXPECTED = {
    "## Infrastructure / Deployment of LLMs on Device": 12,
    "## Benchmarking LLMs on Device": 10,
    "## Mobile-Specific Optimisations": 24,
    "## Applications": 5,
    "## Multimodal LLMs": 5,
    "## Surveys on Efficient LLMs": 10,
    "## Training LLMs on Device": 11,
    "## Mobile-Related Use-cases": 25,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = ""
    in_papers = False
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section, in_papers = text, False
        elif text == "### Papers":
            in_papers = True
        if not (in_papers and text.startswith("- ")):
            continue
        assert lines[i].startswith("  <br>*") and lines[i + 1].startswith("  <br>[![") and not lines[i + 2].startswith("  "), i
        body = text[2:]
        m = TAG.match(body)
        title = body[m.end():] if m else body
        assert title and "](" not in title and not title.startswith("["), i
        counts[section] = counts.get(section, 0) + 1
        papers.append(entry(lines, i, i + 2, title))
    assert counts == EXPECTED, counts
    assert len(papers) == 102
    assert sum(1 for t in lines if t.startswith("  <br>*")) == 102
    write_truth(NAME, PART, papers,
                "every three-line bullet (title line, '<br>*authors*', '<br>' badge links) of the eight Papers parts"
                " is an entry, title = the bullet's first line without a '**[Venue]**' or '[Venue]' tag; the"
                " model table, framework bullets and the closing resource bullets are not entries",
                "bullet count by grep (102 author lines), each bullet's three-line shape, per-section counts by awk,"
                " the 28 tagged titles and the untagged ones with brackets or colons read against the file, the"
                " badge kinds listed (the 'Blog Post' one read), ~20 bullets' ids compared with their badge links")


if __name__ == "__main__":
    main()
