"""Wild36 truth for w6113/website_fall2020 papers.md: the "Paper Reviews" page of Eugene Wu's Columbia graduate
databases course (COMS W6113), the readings per lecture topic.

Shape: Jekyll front matter and prose (reading tips); a short "Papers on how to read papers" / "Some papers on
reviewing papers" pair of bullet lists (46-54); then "# The Papers": per topic an `<a name='...' />` anchor line,
a "### Topic" heading, sometimes a "Readings" line, and bullets "* Required: [Link text](url)" / "* Optional: ..."
(in one topic "* (Optional) [...]", once "* Encouraged:", once no label).  Link texts are titles, shortened
titles, system nicknames (MapReduce, RDDs, Silo, BlinkDB, ...) or descriptions ("The original Raft paper",
"Earlier CIDR paper", "The theory").  Some bullets carry indented notes ("* [Research Talk](youtube)", "* Using a
distributed KV-store ...").  Two readings (316-317) are raw HTML `<a href=...>` links.  Two blocks are HTML
comments (300-307, 361-367).  Non-papers are mixed in: blog posts, a book, a keynote video and talk slides, a code
file, a GitHub repository, a company, a benchmark project page, codebases, a .txt essay and an ethics guide.

Decisions:
- An entry is a bullet (or nested bullet) whose link points to a paper (article, conference paper, survey, tech
  report, CACM article).  Its span is the bullet line plus indented note bullets under it that are not readings
  of their own (Froid 180-181, Naiad 204-206, Cloudburst/Starling/Anna 372-378, 282-283, 334-335).
- Not entries: 51 (Devanbu's .txt "Review AntiPatterns" essay), 52 (ORI "Ethics of Peer Review" guide), 122, 138,
  161, 291, 294 (blog posts), 123 (book), 124 (CH-benCHmark project page), 144 (keynote video), 148 (talk
  slides), 160 (source file), 209 (GitHub repository), 234 (DBToaster talk slides), 388 (Medium post), 470
  ("Old list" header), 481-483 (codebases), and everything inside the two HTML comments (BlinkDB and "Dynamic
  Sample Selection" at 365-366 are commented out, not rendered, so not entries; BlinkDB at 419 is).
- 192 "either [RDDs](...) or [SparkSQL](...)" names two papers: two entries on the same line.  385 links a
  keynote video (not an entry) and "the paper" (an entry).
- Title: the link text with markup removed; a leading label is dropped ("Survey: ", the author "Shapiro: ",
  "Google's "), as are a trailing author ("- S. Keshav", "- Nüst et al."), a trailing parenthetical note
  ("(Initial design)", "(Midterm design)") and a trailing "- Stonebraker Turing Award Lecture".  Title None when
  the link text is only a system or technique name of one or two words that is not the paper's full title
  (MapReduce, RDDs, SparkSQL, TrackJoin, Cascades, Qd-tree, Silo, Aurora, Flink, DBToaster, BlinkDB, Pfunk-H,
  Sample+Seek, WanderJoin, BitWeaving, WideTables, ObliDB, DyadLinq, Volcano Optimizer, Hybrid Caching,
  Probabilistic Predicates, Column Sketches, Data Cube, Discretized Streams, Raft Refloated, Ingres Design) or a
  description ("Architecture of RDBMS Survey", "Spark (mainly examples)", "Earlier CIDR paper", "Original Dremel
  paper", "The theory", "Application of provenance to vis", "The original Raft paper", "the paper").  Two-word
  texts that are the paper's full title are kept ("Provenance Semirings", "Database Cracking").  Longer
  title-like texts are kept as written even when shortened ("Worst Case Optimal Joins", "System R
  Retrospective", "Tsunami: Learned Multi-dim Indexes").
- Repeats (SMOKE at 259 and 271, Worst Case Optimal Joins at 410 and 473, Eddies/TelegraphCQ moved to the old
  list) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "w6113__website_fall2020__papers@ccecefe.md"
PART = "wild36_development"

NOT_PAPERS = {51, 52, 122, 123, 124, 138, 144, 148, 160, 161, 209, 234, 291, 294, 388}
NOTES = {181, 205, 206, 283, 335, 373, 375, 378}  # indented notes inside the entry above them
NICKNAMES = {
    "MapReduce", "RDDs", "SparkSQL", "TrackJoin", "Cascades", "Qd-tree", "Silo", "Aurora", "Flink", "DBToaster",
    "BlinkDB", "Pfunk-H", "Sample+Seek", "WanderJoin", "BitWeaving", "WideTables", "ObliDB", "DyadLinq",
    "Volcano Optimizer", "Hybrid Caching", "Probabilistic Predicates", "Column Sketches", "Data Cube",
    "Discretized Streams", "Raft Refloated", "Ingres Design",
    "Architecture of RDBMS Survey", "Spark (mainly examples)", "Earlier CIDR paper", "Original Dremel paper",
    "The theory", "Application of provenance to vis", "The original Raft paper", "the paper",
}
MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
HTML_LINK = re.compile(r"<a href=\"[^\"]*\">([^<]+)</a>")


def title_of(text: str) -> str | None:
    t = text.strip()
    if t in NICKNAMES:
        return None
    t = re.sub(r"^(Survey: |Shapiro: |Google's )", "", t)
    t = re.sub(r" - (S\. Keshav|Nüst et al\.|Stonebraker Turing Award Lecture)$", "", t)
    t = re.sub(r" \((Initial design|Midterm design)\)$", "", t)
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_comment = False
    for n, ln in enumerate(lines, 1):
        if n < 44:
            continue
        if "<!--" in ln:
            in_comment = True
        if in_comment:
            if "-->" in ln:
                in_comment = False
            continue
        if not re.match(r"^\s*\* ", ln) or n in NOT_PAPERS or n in NOTES:
            continue
        links = MD_LINK.findall(ln) or [(t, "") for t in HTML_LINK.findall(ln)]
        if not links:
            continue
        end = n
        while end < len(lines) and end + 1 in NOTES:
            end += 1
        if n == 192:  # "either [RDDs](...) or [SparkSQL](...)": two papers
            for text, _ in links:
                papers.append(entry(lines, n, end, title_of(text)))
            continue
        if n == 385:  # keynote video, then "skim [the paper](...)"
            links = links[1:]
        papers.append(entry(lines, n, end, title_of(links[0][0])))
    assert len(papers) == 134, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each reading bullet whose link points to a paper is an entry (its indented note bullets included; the"
        " RDDs-or-SparkSQL line is two entries; blog posts, book, talks, code, project pages and the two HTML"
        " comments excluded); title is the link text without labels, author or note suffixes, None for bare system"
        " nicknames and descriptions.",
        "Every bullet of the file read by eye and classified (paper / not a paper / note) with the decision recorded"
        " above; the -v output compared line by line for the first and last entry of each of the 37 rendered topics, the"
        " two HTML-link readings, the two-entry line 192, line 385, every None title, every label/suffix removal"
        " and the spans with notes; the commented-out BlinkDB block confirmed excluded.",
    )


if __name__ == "__main__":
    main()
