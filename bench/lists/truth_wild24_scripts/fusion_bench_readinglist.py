"""Wild24 truth for tanganke/fusion_bench docs/readinglist/README.md: a deep-model-fusion (model
merging, ensembling, MoE upscaling) reading list, a MkDocs Material page of a code repository.

Shape: '-' bullets under '##'/'###' headings, with MkDocs extras: '!!! info' / '!!! note'
admonitions (the note holds a legend of symbols as bullets, lines 14-17, not entries), and
'??? quote' blocks holding only an image under many bullets (not part of the citation; the
entry ends at its citation's last line).  A bullet starts with markers that are dropped:
':star:', ':llama:', ':hugging:', '[:simple-github:](repo url)', '(**Survey Paper**)'.  When a
bullet holds only markers, the citation is on the next, indented line (lines 21-22, 29-30,
31-32, 80-81, 82-83, 136-137, 174-175, 177-178) and the entry spans both lines.
Citation styles, each read by its own rule:
  a) IEEE-like with the title in quotes: 'E. Yang et al., “Title.” [arXiv, ...](url)' or
     '..., “Title,” Jun. 02, 2023, arXiv: ...'; the quotes are curly, straight (line 178) or mixed
     (lines 227-229 open with “ and close with ").  Title = the quoted text, a final ',' or '.'
     inside the quotes dropped.
  b) 'Surname et al. Title [arXiv:id](url)' or with no link at all (lines 68, 87, 100, 150, 200);
     title = the text after 'et al. ' up to the link or the end, a final '.' dropped.  Line 142
     writes 'el al.' (typo), read the same way.
  c) Vancouver-like 'Tang A, Shen L, Luo Y, et al. Title. [arXiv ...](url), 2023.' (lines 48,
     135, 138, 184, 226): title = after 'et al. ' up to the '. ' before the venue/link.
  d) Line 41 'Liu T Y, Soatto S. Title. arXiv, 2023.' (no 'et al.'): title between 'Soatto S. '
     and '. arXiv'.
Entries: every bullet under the paper headings (surveys, findings, ensemble, merging, upscaling,
benchmarks, version control, RL applications) whose subject is a paper, including line 200
('FusionBench: ...' benchmark paper, no link) and line 220 (Git-Theta, an arXiv paper about a
tool).  Repeated papers (SMILE on lines 168 and 184) are separate entries.  Not entries: the
four bullets under 'Libraries and Tools' > 'Fine-tuning...' and 'Model Fusion' (lines 206-216:
GitHub repositories of code, FusionBench's repo and MergeKit), the legend bullets, the link to
the mode-connectivity page (line 58).
Count check: 51 paper bullets (4 + 2 + 3 + 15 + 3 + 3 + 5 + 9 + 2 + 1 + 4 per section) and 4
tool bullets = the 55 top-level '- ' bullets after line 18.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "tanganke__fusion_bench__docs__readinglist__README@54c9e8c.md"
PART = "wild24_development"
TOOLS = {206, 208, 213, 215}
MARKER = re.compile(r"^(?::star:|:llama:|:hugging:|\[:simple-github:\]\([^)]*\)|\[:hugging:\]\([^)]*\)"
                    r"|\(\*\*Survey Paper\*\*\))\s*")


def strip_markers(text: str) -> str:
    text = text.strip()
    while True:
        new = MARKER.sub("", text)
        if new == text:
            return text
        text = new


def title_of(n: int, cit: str) -> str:
    q = re.search(r"[“\"](.+?)[”\"]", cit)
    if q:
        return q.group(1).rstrip(",.")
    if n == 41:
        m = re.fullmatch(r"Liu T Y, Soatto S\. (.+?)\. arXiv, 2023\.", cit)
        return m.group(1)
    m = re.match(r"(?:[A-Z][A-Za-z-]*(?: [A-Z]){1,2}, )+et al\. (.+?)\. (?:\[|arXiv)", cit)
    if m:  # Vancouver-like
        return m.group(1)
    m = re.match(r"[A-Z][A-Za-z-]+ e[tl] al\. (.+?)(?: \[[^\]]+\]\([^)]+\))?$", cit)
    assert m, (n, cit)
    return m.group(1).rstrip(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for n, text in enumerate(lines, 1):
        if n <= 18 or not text.startswith("- "):
            continue
        bullets += 1
        if n in TOOLS:
            continue
        cit = strip_markers(text[2:])
        end = n
        if not cit:
            end = n + 1
            assert lines[n].startswith("    ") and lines[n].strip(), n
            cit = lines[n].strip()
        papers.append(entry(lines, n, end, title_of(n, cit)))
    assert bullets == 55, bullets
    assert len(papers) == 51, len(papers)
    write_truth(NAME, PART, papers,
                "every top-level bullet citing a paper is an entry (its citation on the bullet line or, after"
                " marker-only bullets, on the next indented line); title = the quoted title where quotes are"
                " used, else the text after 'et al.' (or the Vancouver author list) up to the link or venue; the"
                " four GitHub library bullets, the symbol legend and the image quote blocks are not entries",
                "every one of the 55 bullets read by eye and sorted into 51 papers and 4 tools; every title"
                " checked against its lines (quote styles on lines 178 and 227-229, 'el al.' on line 142, the"
                " Vancouver citations, line 41); arXiv ids incl. 10.48550/arXiv DOIs checked")


if __name__ == "__main__":
    main()
