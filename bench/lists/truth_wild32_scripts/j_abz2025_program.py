"""Wild32 truth for abz-conf/abz-conf.github.io .github/src/content/site/2025/Program.md: the programme
page of ABZ 2025 (11th International Conference on Rigorous State Based Methods, Düsseldorf) in the
conference's Hugo website sources: a timetable in raw HTML followed by the list of accepted papers.

Shape, two parts.
1. Lines 20-105, the timetable: one ``<div>`` row per line, ``time | talk | topic``.  Lines 20-48 are
   the workshop day (Rodin User and Developer Workshop, drone tutorial/workshop): talks given as
   ``<b>Title</b><br><i>Speakers</i>`` or as a ``<details>`` card; lines 50-105 the conference days,
   where each paper talk is a ``<details><summary><b>Title</b></summary>abstract</details><i>Authors</i>``
   card in a single line, with its track in the topic cell (B, ASM, Alloy, Case Study, "Railway,
   Industry", Doctoral Symposium).  Entries: the 22 conference rows whose topic is a paper track (lines
   58-60, 63-65, 68-70, 80-82, 85-87, 90-92, 101-104), including the case-study description (line 68),
   which is a published paper of the proceedings.  Not entries: the workshop-day talks (lines 25-47:
   workshop presentations, introductions, a tutorial and a discussion, no papers of the proceedings),
   the keynotes (55, 77, 98: invited talks, topic "Keynote"), the tribute (54), session-chair, break,
   social and lightning-talk rows.
2. Lines 109-687, "Accepted Papers" (Main Track 113-538, Case Study 540-687): one ``<details>`` card per
   paper, ``<summary>Authors. <b>Title.</b></summary>`` (the summary and the bold title often wrap over
   two or three lines) followed by the abstract in a ``<p>``.  Each card is an entry spanning
   ``<details>`` .. ``</details>``: 21 entries.

So most papers appear twice (timetable row and accepted-paper card): separate entries.  Titles: the bold
text of the summary, tags removed, whitespace collapsed, final full stop dropped.  No ids in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "abz-conf__abz-conf.github.io__.github__src__content__site__2025__Program@19a5050.md"
PART = "wild32_development"
TRACKS = {"B", "ASM", "Alloy", "Case Study", "Railway, Industry", "Doctoral Symposium"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    conf = next(i for i, ln in enumerate(lines, 1) if "<h1>Conference Program</h1>" in ln)
    accepted = next(i for i, ln in enumerate(lines, 1) if ln.strip() == "## Accepted Papers")
    for n in range(conf, accepted):
        ln = lines[n - 1]
        topic = re.search(r"<div style='width:10%; display:inline-block;'>([^<]*)</div></div>\s*$", ln)
        card = re.search(r"<details><summary><b>(.*?)</b></summary>", ln)
        if topic and card and topic.group(1) in TRACKS:
            papers.append(entry(lines, n, n, card.group(1)))
    n = accepted
    while n <= len(lines):
        if lines[n - 1].strip() == "<details>":
            end = next(i for i in range(n, len(lines) + 1) if lines[i - 1].strip() == "</details>")
            block = "\n".join(lines[n - 1 : end])
            title = re.search(r"<summary>.*?<b>(.*?)</b>.*?</summary>", block, re.DOTALL).group(1)
            title = re.sub(r"\s+", " ", title).strip().removesuffix(".")  # "Event-B." / "KeYmaera X.": the dot ends the citation
            papers.append(entry(lines, n, end, title))
            n = end
        n += 1
    assert len(papers) == 43, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the conference-day timetable rows of paper tracks (not workshop-day talks, keynotes,"
        " tribute or breaks) and every accepted-paper <details> card; the title is the bold text of the"
        " row's or card's summary.",
        "Every timetable row (lines 20-105) read and classified by hand, all 43 entries and their titles"
        " checked against the file, including the titles wrapped over two or three lines.",
    )


if __name__ == "__main__":
    main()
