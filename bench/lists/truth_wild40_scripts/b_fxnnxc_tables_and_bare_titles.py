"""Wild40 truth for fxnnxc/fxnnxc.github.io _pages/reading_list.md: a PhD student's "Reading List" page on his
al-folio site ("The list of research progress"), a to-read/read log mixing topic tables, conference tables,
bare-title topic bullets and a dated monthly log.  The newest commit (004bfc0, 2023-04-04 "update the code") deletes
the page, so the file is taken from the last commit that holds it (9e19501, 2023-02-25).

Shape (233 lines and a final newline): YAML front matter (1-8), then everything inside
<div align=left markdown="1"> (14 ... 232):
- three two-column tables "|Name| Key Words|" under "### Any" (9 rows, 21-29), "# Robustness" (4 rows, 36-39) and
  "# Meta Learning" (3 rows, 46-48); cells hold a bare title, some rows have one cell only (28, 46-48);
- four three-column tables "| 📜 Name | 🗂 Keywords | ✔️ Done|" under "### NeurIPS 2022" (8 rows, 57-64: "Title,
  Author et al., 2022 [🔗](neurips.cc poster url)"), "### ICLR 2022" (73-74), "### NeurIPS 2021" (81) and
  "### NeurIPS 2017" (88, "...Interpretability[🔗](...)" with no space); these four link arXiv abs pages;
- "###" topic sections of "* Title[, Venue Year[.]]" bullets with no links: Vision Transformer (96-105),
  MultiModality (108-118), Generator (122-131), Transformer (135-144), Neural Architecture Search (147-156);
  nicknames added in parentheses ("(CLIP)", "(GLIDE)", "(VQGAN)") or after the venue (", ICML 2021, DALLE");
  "InfoGAN" (128) is a bare nickname; two NAS titles end in "," (149, 154);
- "# 2023-02" (empty) and "# 2023-01": 32 bullets (163-194), some with a read date "(2023.01.02)", one written
  "*Learning (Very) Simple ..." without the space (165, a lazy continuation of 164 in Markdown), then after a blank
  23 more bullets (197-219);
- "### Action Space": 4 bullets (225-228) with nicknames "(HiP-BMDP)", "(MQL)", "(PEARL)".
Papers appear twice: ViT (96, 142), MAE (100, 144), Chroma-VAE (126, 174), Task-Induced Representation Learning
(178, 219).

Decisions:
- Entry = each table row and each bullet (165 included: the owner meant a bullet, it names its own paper); 138
  entries (28 table rows, 51 topic bullets, 55 monthly-log bullets, 4 Action Space bullets).  Headings, table
  headers and separators, the front matter and the div are not entries.  All name scholarly papers (the
  ReScience "[Re] Reproducibility Study of ..." report, 214, included).  Repeats are separate entries.
- Title = the row's first cell / the bullet text, as written (typos kept: "Null Sapce" is a keyword, "Attnetion",
  "implicit Generation", the truncated "Understanding Robust Learning Through the lens"); left out: the
  ", Author et al., 2022" and "[🔗]" link of the conference tables, a ", Venue Year" tail (", ICLR 2021",
  ", CVPR 2022.", ", ICML 2021, DALLE"), a read date "(2023.01.0x)", the list's trailing nickname in parentheses
  (CLIP, GLIDE, VQGAN, HiP-BMDP, MQL, PEARL) and a final "," or ".".  Parentheses that belong to titles stay
  ("Learning (Very) Simple ...", "The good (width), the bad (depth), and the ugly (initialization)").  "InfoGAN"
  (128) names no title: title None.
- arXiv ids from the four arXiv links (73, 74, 81, 88); the neurips.cc poster links give none; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "fxnnxc__fxnnxc.github.io___pages__reading_list@9e19501.md"
PART = "wild40_development"

ROW = re.compile(r"^\|(?!---)(?P<cell>[^|]+)\|")
HEADER = {"Name", "📜 Name"}
BULLET = re.compile(r"^\*(?: |(?=[A-Z]))(?P<text>.+)$")
AUTHOR_TAIL = re.compile(r",\s*[A-Z][A-Za-z-]+ (?:et al[,.]*|at al)\s*,?\.? \d{4}\s*$")
LINK = re.compile(r"\s*\[🔗\]\([^)]*\)")
VENUE_TAIL = re.compile(r",\s*(?:ICLR|ICCV|CVPR|NeurIPS|NIPS|ICML)\s+\d{4}(?:, DALLE)?\.?\s*$")
DATE_TAIL = re.compile(r"\s*\(2023\.01\.\d\d\)\s*$")
NICK_TAIL = re.compile(r"\s*\((?:CLIP|GLIDE|VQGAN|HiP-BMDP|MQL|PEARL)\)\s*$")
NO_TITLE = {128: "InfoGAN"}


def title_of(text: str) -> str:
    text = LINK.sub("", text).strip()
    text = AUTHOR_TAIL.sub("", text)
    text = VENUE_TAIL.sub("", text)
    text = DATE_TAIL.sub("", text)
    text = NICK_TAIL.sub("", text)
    return text.strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = bullets = 0
    for n, text in enumerate(lines, 1):
        m = ROW.match(text)
        if m and m.group("cell").strip() not in HEADER:
            rows += 1
            papers.append(entry(lines, n, n, title_of(m.group("cell"))))
            continue
        m = BULLET.match(text)
        if m:
            bullets += 1
            if n in NO_TITLE:
                assert m.group("text").strip() == NO_TITLE[n]
                papers.append(entry(lines, n, n, None))
            else:
                papers.append(entry(lines, n, n, title_of(m.group("text"))))
    assert rows == 28, rows
    assert bullets == 110, bullets
    assert len(papers) == 138, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row (first cell) and each '* ' bullet (the space-less '*Learning ...' of 165 included) is an"
        " entry; title = the cell or bullet text without the 'Author et al., year' tail, [🔗] link, ', Venue Year'"
        " tail, '(2023.01.0x)' date, the list's nickname in parentheses and a final ',' or '.'; 'InfoGAN' alone has"
        " no title; repeats count twice; arXiv ids from the four arXiv links.",
        "Whole file read (233 lines) against the -v output: the first and last row or bullet of each of the 7"
        " tables and 9 bullet sections, the one-cell rows (28, 46-48), the author tails (57-64, incl. 'Parekh et"
        " al,.' 62), the no-space link (88), the venue tails (96-98, 100-101, 109, 127, 129, 131, 142, 144), the"
        " parenthesised nicknames dropped (108, 116, 130, 226-228) and kept title parentheses (165, 197), the"
        " dates (163-165, 178), '\\\\&' (164), the trailing commas (149, 154), '[Re]' (214), InfoGAN (128), the"
        " repeats (96/142, 100/144, 126/174, 178/219) and ~20 random titles.",
    )


if __name__ == "__main__":
    main()
