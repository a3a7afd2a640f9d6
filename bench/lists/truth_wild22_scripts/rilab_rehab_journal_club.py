"""Wild22 truth for RILAB/rilab.github.io markdown/rehab.md: the R.E.H.A.B. journal club archive.

A population-genetics / plant-evolution journal club (UC Davis, Ross-Ibarra lab), Oct 2013 to
March 2017, newest first.  Commit 9ee45b9 is the last version of the file: the next commit
(1975b6d, "change to rmarkdown") deleted it and HEAD has only a redirect page, so HEAD is not a
list any more.

Shape: '## year' / '### month' headings, one '##### Fri. <date> (initials)' heading per meeting,
then (usually after a blank line) the paper as '[Authors Year](url) Title', the link text being
author and year only and the title plain text after the link (a '.' between them sometimes, a
final '.' sometimes).  Line 17 puts the whole record on its meeting heading.  Title = the text
after the link's ')' with a leading '.'/space and a final '.' removed.

Special records:
- lines 203-204 and 363-364: the link on one line, the title on the next (entry spans both);
- lines 34-35: two papers numbered '**1)** ' and '**2)** ' under one meeting;
- line 580: two papers on one line ('[Myburg ...]. Title **and** [Schmutz ...] Title'), two
  entries on the same line;
- line 267: '(AGAIN!)' before the title is a note, dropped;
- line 748: a 'No R.E.H.A.B., but ...: [Seidel et al. 2013](url). Title' record written as a full
  reference after the joke: an entry;
- lines 187, 415, 447, 451: unpublished manuscripts named only by authors ('Novikova et al.
  manuscript', 'Romero et al. SeeDs manuscript', 'Li et al. Methylation manuscript',
  'Rodgers-Melnick et al. Recombination manuscript'): entries with a null title.
Not entries: the intro paragraphs; 'No R.E.H.A.B.' / cancelled meetings, including the jokes
that link a paper by a nickname inside prose (lines 250 'turkey popgen', 472 'reading up on
cotton', 480 'Christmas Tree genome', 498 'turkey genomics'); line 32 (a prose pointer to the
Ludwig paper listed again on line 34); line 331 (bold session title); line 760 ('Review! Pick up
hard copy ...', names no work); '[blog post]' links, the '\\emph{Also see [slides]}' line 654 and
the italic note line 660.
Ids: arXiv ids on lines 764 and 774 are percent-encoded inside Google redirect URLs and are read
after decoding; the Wiley '/abstract;jsessionid=...' tails (lines 395, 403) are cut from the DOIs.
Count check: 167 lines start with '[' (after an optional '**n)** ' number), 10 of them
'[blog post]' lines -> 157 paper lines, + line 17 (heading) + line 748 + the two papers of
line 580 + 4 manuscripts = 165 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from urllib.parse import unquote

from _wild22 import arxiv_of, entry, read_lines, write_truth

NAME = "RILAB__rilab.github.io__markdown__rehab@9ee45b9.md"
PART = "wild22_development"
# a Markdown link whose destination may hold one level of parentheses and surrounding spaces
LINK = re.compile(r"\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)\s*\)")
MANUSCRIPTS = {187: "Novikova et al.", 415: "Romero et al.", 447: "Li et al.", 451: "Rodgers-Melnick"}
EXTRA = {17, 580, 748}  # records that do not start with '[' but are papers


def title_after(rest: str) -> str:
    t = rest.strip()
    t = re.sub(r"^\.\s*", "", t)
    t = re.sub(r"^\(AGAIN!\)\s*", "", t)
    return re.sub(r"\.$", "", t.strip()).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = 0
    for i, text in enumerate(lines, 1):
        if i in MANUSCRIPTS:
            assert MANUSCRIPTS[i] in text and "manuscript" in text, i
            papers.append(entry(lines, i, i, None))
            continue
        body = re.sub(r"^\*\*\d\)\*\* ", "", text)
        if body.startswith("["):
            starts += 1
            if body.startswith("[blog post]"):
                continue
        elif i not in EXTRA:
            continue
        if i == 580:
            parts = body.split("**and**")
            assert len(parts) == 2
            for part in parts:
                m = LINK.search(part)
                papers.append(entry(lines, i, i, title_after(part[m.end():])))
            continue
        m = LINK.search(body)
        assert m, i
        title = title_after(body[m.end():])
        last = i
        if not title:  # title on the next line (203-204, 363-364)
            last = i + 1
            title = title_after(lines[i])
        assert title, i
        papers.append(entry(lines, i, last, title))
    for p in papers:
        own = "\n".join(lines[p["line"] - 1 : p["end"]])
        if p["arxiv"] is None:  # lines 764 and 774: arXiv URL percent-encoded inside a Google redirect
            p["arxiv"] = arxiv_of(unquote(own))
        if p["doi"]:  # lines 395 and 403: Wiley '/abstract;jsessionid=...' tail is not part of the DOI
            p["doi"] = re.sub(r"/abstract.*$", "", p["doi"])
    assert starts == 167, starts
    assert len(papers) == 165, len(papers)
    write_truth(NAME, PART, papers,
                "every journal-club meeting record naming a paper is an entry: '[Authors Year](url) Title' lines"
                " (one on a heading, two on one line, two numbered, one inside a 'No R.E.H.A.B.' note), title ="
                " the plain text after the link; four author-only manuscript records have a null title; cancelled"
                " meetings, prose jokes linking a paper by nickname, blog-post and slides links are not entries",
                "whole file read by eye (782 lines); every special record checked (17, 32, 34-35, 187, 203-204, 250,"
                " 267, 363-364, 415, 447, 451, 472, 480, 498, 580, 654, 748, 760); first and last entry of each"
                " year and about 25 others compared with the -v output; arXiv ids (incl. the Google-redirect"
                " ones) and DOIs in Wiley, PLOS, Springer, Chicago, JSTOR and BMC URLs checked")


if __name__ == "__main__":
    main()
