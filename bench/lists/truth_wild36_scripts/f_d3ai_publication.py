"""Wild36 truth for d3-ai/d3-ai.github.io content/publication.md: the Japanese "研究業績" (research
achievements) page of the JST CREST project D3-AI, a Hugo page listing the project's output, Japanese and
English records mixed.

Shape: front matter (1-6), "## 研究業績" (8), then "### " sections of "- " items, each item one line in
the form "Authors. Title. Venue[, vol, (no), pages]. [DOI: ...]. Date." (Japanese author lists use "，"
or ", " and end with ". ").  Lines 321-341 are an HTML comment holding an empty section template.
Which sections hold entries -- the page itself files its written publications apart from its talks:
- 学術雑誌・論文誌 (journal papers, 13-33): 21 entries.
- 国際会議 (international conference papers, 36-64): 29 entries.  Line 64 (Kato et al., ICLR) gives the
  placeholder "研究論文(会議録、プロシーディングス)" ("research paper (proceedings)") where its title
  should be: an entry with no title (null).  Titles that begin "WIP:", "Poster:" or "Ph.D. Project:" (56,
  53, 39) are written that way in the papers' own titles and are kept.
- 国内会議 (domestic conference papers, 67-69): 3 entries.
- 国内研究会・シンポジウム等 (domestic workshop / symposium / technical-report papers, 72-120): 49
  entries.
- 総説 (review and expository articles, 277-281): 5 entries; these write "Authors. Venue. Title. Date."
  (the journal or magazine issue before the title).  The magazine's labels before a title -- "第1章 "
  (chapter 1, 278), "Appendix1 " (279) and the bracketed "[次世代エース] " (281) -- are numbering/tags and
  are dropped.  Line 281's venue "トラ技Jr. 2023年夏号 (No. 54)" contains ". " twice; its title is set by
  hand.
Not entries: 招待講演 (invited talks, 123-174), 口頭発表 (oral presentations, 177-244: conference talks,
seminars, tutorials, lectures, a panel) and ポスター発表・デモ展示 (posters and demos, 247-262) are talks
and posters -- even where the talk is about a paper (202, NeurIPS) -- ; ワークショップ (events the
project organised), 書籍 (books), メディア掲載等 (press), 受賞 (awards) and the commented-out template.
Title: the segment after the author list, up to the ". " before the venue.  The author list ends at the
first ". " that does not follow an initial ("M. Imaizumi", "Thanh V. Pham", "Y.C. Chen" keep going).
DOIs are written as "DOI: 10..." or doi.org / dx.doi.org / doi.ieeecomputersociety.org links; "DOI:
jjssj.52.33" (30) and "DOI: 2022-EMB-61" (101) are not DOIs.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "d3-ai__d3-ai.github.io__content__publication@3aae5ae.md"
PART = "wild36_development"

PAPER_SECTIONS = {"学術雑誌・論文誌", "国際会議", "国内会議", "国内研究会・シンポジウム等"}
REVIEW_SECTION = "総説"
NO_TITLE = {64}
# line 281's venue "トラ技Jr. 2023年夏号 (No. 54)" has two ". " of its own
OVERRIDE = {281: "GNSSでの地すべり災害監視システムの研究"}
REVIEW_LABEL = re.compile(r"^(?:第\d+章\s+|Appendix\d+\s+|\[[^\]]+\]\s*)")
# a ". " that ends a segment: not right after an initial ("M. ", "V. ", "Y.C. ", "Ph.D. ")
SEP = re.compile(r"(?<!\b[A-Z])(?<!\.[A-Z])\.\s+")


def segments(text: str) -> list[str]:
    return [s.strip() for s in SEP.split(text)]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for n, text in enumerate(lines, 1):
        if text.startswith("<!--"):
            break
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("- ") or section not in PAPER_SECTIONS | {REVIEW_SECTION}:
            continue
        body = text[2:]
        parts = segments(body)
        if n in NO_TITLE:
            title = None
        elif n in OVERRIDE:
            title = OVERRIDE[n]
        elif section == REVIEW_SECTION:
            title = REVIEW_LABEL.sub("", parts[2])
        else:
            title = parts[1]
        if title is not None:
            assert title in text, (n, title)
        counts[section] = counts.get(section, 0) + 1
        papers.append(entry(lines, n, n, title))

    assert counts == {"学術雑誌・論文誌": 21, "国際会議": 29, "国内会議": 3, "国内研究会・シンポジウム等": 49,
                      "総説": 5}, counts
    assert len(papers) == 107, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- ' record under the written-publication sections (journal papers, international and domestic "
        "conference papers, domestic workshop/symposium papers, review articles) is an entry, its title the "
        "segment after the author list (after the venue for 総説); invited talks, oral presentations, posters, "
        "events, books, press and awards are not; line 64 names no title.",
        "Read all 341 lines; every one of the 107 entries' titles checked against its line in the -v output and "
        "by a script that each title ends right before '. ' + venue; section boundaries, the null title (64), "
        "the 総説 venue-first order and labels (277-281), the initials in author lists (32, 37, 40, 47, 56) "
        "and the non-entry sections (talks 123-244, posters 247-262, events, books, press, awards) checked.",
    )


if __name__ == "__main__":
    main()
