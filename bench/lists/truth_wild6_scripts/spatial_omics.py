"""Wild6 truth for crazyhottommy/awesome_spatial_omics README.md: spatial omics (bioinformatics),
papers mixed with tools, tutorials and notes.

Shape: '###' / '####' sections of '* ' bullets in several forms: '* [Title](url)' with or without
a comment after it; '* **Method** - [Title](url)' (the technology's name in bold, then the linked
paper, sometimes a '(*Note* ...)' aside); '* [ToolName](paper url): rest' (a tool's name linked to
its paper, then the rest of the title after a colon); '* **tool** - [paper](url) - [code](url):
Title'; '* Title https://bare-url'; a sentence whose last words link the paper
('Reconstruction ... with [scSpace](url)'); and bullets that are not papers.

Entries (69): every bullet whose subject is a paper, named by its title or linked to it.
Titles:
- '[Title](url)' and '**Method** - [Title](url)': the link text.
- '[Name](url): rest' (nnSVG, SpaGene - its URL wraps onto the next line - Palo, SpatialCorr,
  RCTD): 'Name: rest', the rendered text up to the end of the line (a name in the title's
  front is kept, as the conventions say).
- '**squidpy** - [paper](url) - [code](url): Title' and the same for ncem: the text after the colon.
- 'Title https://...' (two bullets): the text before the bare URL.
- 'Reconstruction of the cell pseudo-space from single-cell RNA sequencing data with [scSpace](url)':
  the whole rendered bullet.
- '[Giotto](url) a toolbox ...', '[DestVI](url) identifies ...', '[BANKSY](url) unifies ...':
  a tool's name linked to its paper and followed by a description with no separator: the file
  names no title, so the title is null (the entries are kept since they link the paper).
'Museum of Spatial Transcriptomics' (Databases) links the companion page of the review of that
title and is kept as an entry.
Not entries (12): the three Tutorials bullets (a book, a blog post, a vignette), the quoted tweet
under normalization, the tool bullets that link only software (Sopa, Monkeybread, Voyager, spateo,
VITESSCE), the bare '**cell2location**' name, the spacedeconv sentence without a link, and an empty
'* ' bullet.  The 'Rao et al' link in the Methods prose is an inline mention.
Ids: doi.org, Genome Biology, Science '/doi/', bioRxiv (version and '.full'/'.pdf' tails dropped) and
a bare '(10.1038/...)' link target give DOIs; Nature article ids, PubMed, ScienceDirect pii give none.

Count check: 81 '* ' bullets (grep) - 12 non-papers = 69.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "crazyhottommy__awesome_spatial_omics__README@765a110.md"
PART = "wild6_development"
NOT_PAPERS = {19, 20, 21, 63, 71, 72, 74, 77, 96, 100, 110, 141}
NULL_TITLE = {73: "Giotto", 76: "DestVI", 94: "BANKSY"}
BARE_URL = {105, 109}
AFTER_CODE = {81, 82}
WHOLE = {84}
NAME_COLON = {75, 78, 80, 85, 86}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = [i for i, t in enumerate(lines, 1) if t.startswith("*")]
    assert len(bullets) == 81
    for i in bullets:
        text = lines[i - 1]
        if i in NOT_PAPERS:
            continue
        last = i + 1 if i == 78 else i  # the SpaGene link's ')' and title rest are on line 79
        own = " ".join(lines[i - 1:last])
        if i in NULL_TITLE:
            assert text.startswith(f"* [{NULL_TITLE[i]}](")
            title = None
        elif i in BARE_URL:
            title = re.match(r"\* (.+?) https?://", text).group(1)
        elif i in AFTER_CODE:
            title = re.search(r"\[code\]\([^)]*\):\s*(.+)$", text).group(1)
        elif i in WHOLE:
            title = text[2:]
        elif i in NAME_COLON:
            m = re.match(r"\* \[([^\]]+)\]\([^)]*\)\s*:\s*(.+)$", own, re.DOTALL)
            title = f"{m.group(1)}: {m.group(2)}"
        else:
            m = re.match(r"\* (?:\*\*[^*]+\*\* - )?\[([^\]]+)\]\(", text)
            assert m, i
            title = m.group(1)
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 69
    write_truth(NAME, PART, papers,
                "every bullet whose subject is a paper is an entry (69 of 81): title = the link text, or for"
                " '[Name](url): rest' the rendered 'Name: rest', for squidpy/ncem the text after the code link, for"
                " 'Title https://...' the text before the URL; three tool names linked to their papers with only a"
                " description after them have a null title; tutorials, software-only tools, a tweet and bare names are not entries",
                "every one of the 81 bullets read and classified by hand (list in the docstring); all 69 titles printed with"
                " -v and compared with the file; the SpaGene link wrapping onto line 79; the bare DOI link target (HiPR-FISH);"
                " bioRxiv DOIs without their version")


if __name__ == "__main__":
    main()
