"""Wild28 truth for wavelab/libwave docs/ref/reading/papers.md: a robotics lab's 'Great SLAM Papers' reading page.

Shape (129 lines): four '##' sections of '*' bullets that point at papers through reference-style
links '[[label][Key]]' whose label is the list's own name for the paper ('2007 - Parallel Tracking
and Mapping', 'SLAM Survey Paper', 'IROS2016'), with indented note and abstract lines under the
first three bullets (lines 4-37); then '## References' (lines 65-105): '- [APA citation][Key]'
paragraphs, blank lines between; then the link definitions '[Key]: url' (lines 108-129), which are
not records.  Several keys have no definition (ForsterEtAl2014 line 48, EngelEtAl2016 line 51,
RebelloEtAl2017 line 58): Markdown renders those as plain text; the records still name a paper.
Entries:
* body bullets (20 entries): line 4 names two papers (Durrant-Whyte & Bailey parts I and II: two
  entries, lines 4-7); line 8 (lines 8-20) and line 21 (lines 21-37, its notes are unbulleted
  indented text and bullets); the eleven 'Seminal works' bullets (41-51); line 56; line 57 and
  line 58 name two papers each (two entries each).  Title = the link label without its 'YYYY - '
  prefix when the label is the paper's title or a contiguous part of it (21, 45, 46, 48, 49, 51);
  null when the label is a description, a nickname or a venue (4 twice, 8, 41, 42, 43, 44
  'MonoSLAM', 47 'KinectFusion', 50 'ORB-SLAM', 56, 57 twice, 58 twice).
* References (19 entries): every citation paragraph 67-105 except line 101 (tzutalin's GitHub
  awesome-visual-slam list, not a paper).  Title = the APA/IEEE title after '(year). ' (line 77
  '(2002) ', line 75 and 103 after the authors' '. '), up to the '. ' before the venue; the final
  '.' dropped ('Why filter?.' keeps its '?', lines 83, 85).
* not entries: line 63 (the visual SLAM GitHub list), the notes and abstracts under bullets, the
  link definitions.
Ids: the reference-style keys are resolved as Markdown renders them, so each entry's ids come
from its own lines plus the URLs of the keys it uses (arXiv 1606.05830 for line 8 and 71,
1702.00505 for 93, DOI 10.1002/rob.21490 for 56 and 95, 10.1177/0278364915571429 for 57 and 97;
ScienceDirect pii and IEEE Xplore document numbers are not DOIs).
Count check: 18 top-level '* ' bullets in lines 1-63, minus line 63 = 17 paper bullets, lines 4, 57
and 58 naming two papers each = 20 body entries; 20 reference paragraphs ('^- \\[') minus line 101 =
19; 39 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "wavelab__libwave__docs__ref__reading__papers@7bebff5.md"
PART = "wild28_development"
KEEP_LABEL = {21, 45, 46, 48, 49, 51}
NOT_PAPERS = {63, 101}


def main() -> None:
    lines = read_lines(NAME)
    defs = {}
    for text in lines:
        m = re.match(r"\[([^\]]+)\]: (\S+)$", text)
        if m:
            defs[m.group(1)] = m.group(2)
    assert len(defs) == 22, len(defs)

    def with_ids(e: dict, first: int, last: int, keys: list[str]) -> dict:
        own = "\n".join(lines[first - 1:last])
        urls = "\n".join(defs[k] for k in keys if k in defs)
        both = own + "\n" + urls
        e["arxiv"], e["doi"] = arxiv_of(both), doi_of(both)
        return e

    papers = []
    # body bullets, lines 3-63
    bullets = [i for i in range(1, 64) if lines[i - 1].startswith("* ")]
    assert len(bullets) == 18, bullets
    for n, i in enumerate(bullets):
        if i in NOT_PAPERS:
            continue
        nxt = bullets[n + 1] if n + 1 < len(bullets) else 64
        last = i
        while last + 1 < nxt and lines[last].strip():
            last += 1
        links = re.findall(r"\[\[([^\]]*)\]\[([^\]]*)\]\]", lines[i - 1])
        assert links, i
        for label, key in links:
            title = None
            if i in KEEP_LABEL:
                title = re.sub(r"^\d{4} - ", "", label)
            e = entry(lines, i, last, title)
            papers.append(with_ids(e, i, last, [key]))
    body = len(papers)
    # References, lines 65-105
    refs = 0
    for i in range(65, 107):
        text = lines[i - 1]
        if not text.startswith("- ["):
            continue
        refs += 1
        if i in NOT_PAPERS:
            continue
        m = re.match(r"- \[(.*)\]\[(\w+)\]$", text)
        assert m, i
        cite, key = m.groups()
        t = re.match(r".*?\(\d{4}[^)]*\)\.? (.+?[.?])(?: |$)", cite)
        if i in (75, 103):
            t = re.match(r".*?Milios\. (.+?\.) |.*?Tardós\. (.+?\.) ", cite)
            title = t.group(1) or t.group(2)
        else:
            assert t, i
            title = t.group(1)
        title = title.removesuffix(".")
        e = entry(lines, i, i, title)
        papers.append(with_ids(e, i, i, [key]))
    assert body == 20, body
    assert refs == 20, refs
    assert len(papers) == 39, len(papers)
    write_truth(NAME, PART, papers,
                "each body bullet names one paper per reference-style link (two on lines 4, 57, 58) and each"
                " References citation (except a GitHub list, line 101) is an entry; body titles are the link"
                " labels only where the label is the paper's title or part of it, else null; reference titles"
                " are the citation's title; ids come from the entry's lines plus its resolved link keys",
                "every record read by eye (20 body entries, 19 references) against the -v output; each key's"
                " definition looked up by hand for the ids; the three undefined keys (48, 51, 58) noted")


if __name__ == "__main__":
    main()
