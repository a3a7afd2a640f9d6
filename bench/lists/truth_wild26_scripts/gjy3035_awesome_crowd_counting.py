"""Wild26 truth for gjy3035/Awesome-Crowd-Counting README.md: a long awesome list of crowd counting
(density estimation, localization) papers, arranged by year and venue type, with HTML anchors.

Shape: 'Misc' sections (news, calls for papers, challenges, code, blogs, GT-generation code, related
tasks; lines 11-45), a Datasets pointer, a table of category links (lines 55-59), then '## Papers'
(line 51):
- '### arXiv papers' (line 61): plain bullets '- Title [[paper](arxiv)][[code](...)]![stars](...)',
  the older ones inside one '<details><summary>Earlier ArXiv Papers</summary>' block (lines 92-145);
- year headings ('## 2025' line 147, then '### 2024' ... '### 2008') with '### Conference' /
  '### Journal' subheadings; each bullet is
  '- <a name="KEY"></a>**[NICK]** Title (**VENUE**) [[paper](url)][[code](url)]![GitHub stars](...)'.
Entry = every '- ' bullet between line 61 and '## Leaderboard' (line 599).  Title = the text after the
anchor and the bold '**[NICK]**' tag (a nickname the list puts before the title, dropped), up to the
bold venue '(**...**)' or, for arXiv bullets, up to the first '[[' link.  Special cases: lines 508-509
and 561-562 wrap the title onto a second line (entry spans both lines, title joined); line 293 has a
tab before the title; lines 393/395 have double spaces inside the title (collapsed); line 255 writes
its title as a hyphenated slug 'Semi-supervised-Crowd-Counting-via-Density-Agency' (kept as written);
bullets with no tag (lines 162-163, 182, 184, 196, 263, 297, 483, 516); lines 182, 223, 278 add
'(extension of [NICK](#KEY))' after the links; lines 443-445 link old ACM 'citation.cfm?doid=' pages
(no DOI written); lines 549/551 write Springer DOIs percent-encoded ('10.1007%2F...').
Not entries: the Misc bullets above line 51 (news, CFPs, challenges, code, blogs), the category table,
and the Leaderboard tables (lines 599-893), whose rows are benchmark scores that cite the listed
papers by anchor ('[MCNN](#MCNN)') rather than records of papers.
Count check: 453 '- ' bullets between lines 61 and 599 (78 in the arXiv section, 375 with an anchor),
two of them wrapped; 453 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "gjy3035__Awesome-Crowd-Counting__README@95c1a14.md"
PART = "wild26_development"
WRAPPED = {508, 561}


def main() -> None:
    lines = read_lines(NAME)
    first = lines.index("### arXiv papers") + 1
    last = lines.index("## Leaderboard") + 1
    assert (first, last) == (61, 599), (first, last)
    papers = []
    anchored = 0
    for i in range(first + 1, last):
        text = lines[i - 1]
        if not text.startswith("- "):
            continue
        end = i + 1 if i in WRAPPED else i
        body = " ".join(lines[i - 1:end])[2:]
        if body.lstrip().startswith("<a name="):
            anchored += 1
        body = re.sub(r'^\s*<a name="[^"]*"></a>\s*', "", body)
        body = re.sub(r"^\*\*\[[^\]]*\]\*\*\s*", "", body)
        m = re.match(r"(.*?)\s*(?:\(\*\*|\[\[)", body)
        assert m, i
        title = m.group(1).strip()
        assert title and "**" not in title and "](" not in title, (i, title)
        papers.append(entry(lines, i, end, title))
    assert anchored == 375, anchored
    assert len(papers) == 453, len(papers)
    write_truth(NAME, PART, papers,
                "every '- ' bullet of the Papers part (arXiv section incl. its <details> block, then year /"
                " Conference / Journal lists) is an entry; title = the text after the HTML anchor and the bold"
                " '**[NICK]**' tag, up to the bold venue '(**...**)' or the first '[[' link; two bullets wrap"
                " onto a second line; Misc bullets and the Leaderboard score tables are not entries",
                "all 453 titles listed and read by eye against their lines (first and last of every year and"
                " venue subsection, the wrapped lines 508-509 and 561-562, the tab on line 293, the slug title on"
                " line 255); arXiv ids (abs and pdf links, two bullets with both an"
                " [[arxiv]] and a publisher link) and ACM DL DOIs (dl.acm.org/doi/...) spot-checked; CVF, IEEE"
                " Xplore, Elsevier linkinghub and old dl.acm.org/citation.cfm?doid= links give no DOI")


if __name__ == "__main__":
    main()
