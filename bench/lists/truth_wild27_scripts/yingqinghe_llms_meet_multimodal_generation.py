"""Wild27 truth for YingqingHe/Awesome-LLMs-meet-Multimodal-Generation README.md: a survey's companion list
(multimodal generation, editing, agents, understanding, safety) written as bold-title bullets with an
HTML <details> author fold and a stack of shields.io badge links.

Shape: an HTML <div> header (arXiv badge of the survey itself, line 4 -- not an entry), Introduction,
Contents and Tips (not entries), then the body from '# 📍 Multimodal Generation' (line 84) to
'# 👨‍💻 Team' (line 2963); Team, Citation and Star History follow (not entries).  A record is a '+ '
line at column 0:
    + **[Nickname] Title** (date)<details><summary>[Venue] Authors, et al.</summary>All authors</details>
    [![Paper](badge)](ARXIV OR PAPER URL)
    [![citation](badge)](semanticscholar.org/paper/...)
    [![Project_Page](badge)](...)  [![Code](stars badge)](github)  [![Demo](badge)](...)
    Tags: `tag`
Variants: the authors on their own line after a trailing backslash instead of <details> (e.g. lines
366, 697, 2466-2544); indented records with blank lines inside them (Audio-Video, lines 1057-1117);
the title wrapped over two lines (line 1264-1265); a broken citation badge split over lines 2100-2101.
Entry = one record, its lines = the '+ ' line to the last non-blank line before the next record,
heading or commented-out record.  Title = the first bold span, line break collapsed, with the list's
bracketed nickname/tag prefixes dropped ('[LAION-Glyph] ', '[Tech Report] ', '[LAION-FACE]' with no
space, '[MS COCO] ', '[DALL-E 3] ', '[ICLR 2025 Spotlight] ' ...; 45 records), as the held-out conventions
say; the final '.' inside the bold on line 2702 is dropped by the helper as a citation separator.
Ids: the first id in the record's lines, which is the Paper badge when there is one; the
semanticscholar citation badge gives no id.  Line 605 (DataComp) links arXiv 2304.14108, the id of
the TextDiffuser record above it: kept as the file gives it.
Not entries (4 records, NOT_PAPERS): InstantUnify (line 139, only a code repository), COYO-700M
(line 633, a dataset with only its code repository), LAION COCO (line 645, a blog post on laion.ai),
AutoGPT (line 2317, a tool).  Entries without a paper link: Cosmos Tokenizer (lines 105 and 1030,
authors and a research project page; 1030 is tagged '[Tech Report]' by the list), PAB (line 828,
authors and a project page), 'Defending chatgpt ...' (line 2702, authors and a Semantic Scholar
paper link); DALL-E 3 (359), Sora (734), PLLaVA (2460) and ten others link a paper or report that is
not on arXiv and get no arXiv id (TIA2V, line 1076, gives a doi.org DOI).  The Related Surveys records (2926-2958) are papers (entries).  Also not entries: the record hidden in an HTML comment (Genie, lines 186-187), the
stray '****' line 1051, commented-out badge lines inside records (kept in their record's lines).
Repeated records (Cosmos Tokenizer twice; papers listed under two sections) are separate entries.
Count check: 477 '+ ' lines in the body = 473 entries + 4 non-papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "YingqingHe__Awesome-LLMs-meet-Multimodal-Generation__README@c508e82.md"
PART = "wild27_development"
NOT_PAPERS = {139: "InstantUnify", 633: "COYO-700M", 645: "LAION COCO", 2317: "AutoGPT"}


def main() -> None:
    lines = read_lines(NAME)
    body0 = lines.index("# 📍 Multimodal Generation") + 1
    body1 = next(i for i, t in enumerate(lines, 1) if t.startswith("# ") and "Team" in t)
    assert (body0, body1) == (84, 2963), (body0, body1)
    starts = [i for i in range(body0, body1) if lines[i - 1].startswith("+ ")]
    stops = set(starts) | {i for i in range(body0, body1 + 1)
                           if lines[i - 1].startswith("#") or lines[i - 1].startswith("<!-- +")}
    assert len(starts) == 477, len(starts)
    papers = []
    for s in starts:
        nxt = min(b for b in stops if b > s)
        e = nxt - 1
        while not lines[e - 1].strip():
            e -= 1
        if s in NOT_PAPERS:
            assert NOT_PAPERS[s] in lines[s - 1], s
            continue
        text = "\n".join(lines[s - 1:e])
        m = re.match(r"\+ \*\*(.+?)\*\*", text, re.DOTALL)
        assert m, s
        title = " ".join(m.group(1).split())
        while re.match(r"\[[^\]]*\]", title):
            title = re.sub(r"^\[[^\]]*\]\s*", "", title)
        papers.append(entry(lines, s, e, title))
    assert len(papers) == 473, len(papers)
    write_truth(NAME, PART, papers,
                "every '+ **Title**' record between '# 📍 Multimodal Generation' and '# 👨‍💻 Team' is one entry (to its last"
                " non-blank line before the next record or heading), except 4 records that are a code repository,"
                " a dataset repository, a blog post and a tool; title = the first bold span with bracketed nickname"
                " tags dropped; the record hidden in an HTML comment is not an entry",
                "first and last record of every section, a sample of about 30 records against the -v output, every"
                " record without a Paper badge (11), the indented Audio-Video records, the wrapped title at line 1264,"
                " the broken badge at 2100, all records with a bracketed prefix, the commented-out Genie record")


if __name__ == "__main__":
    main()
