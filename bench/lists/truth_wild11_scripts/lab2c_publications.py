"""Wild11 truth for mace-cream/lab2cnew content/publication/_index.en.md: a university lab's publication page (Hugo).

After a front-matter block, two '##' areas (Artificial Intelligence, Internet of Things) with five
'###' topics; under each, references numbered from 1 again, one per record:
'[n] **Title**' on one line (once wrapped over two lines, AI Theory [6]), then one line
'Authors. In *Venue*. Year. [Link](url)' (the link is missing on many).  No blank line separates
the records of a topic, so in rendered Markdown they run together; the records are still one per
'[n] **' line.  Every record is an entry (7 + 5 + 14 + 7 + 5 = 38): conference and journal papers,
CoRR preprints, two workshop data papers (a taxi-trajectory dataset, the PiMi PM2.5 data), all
scholarly works.  The same paper listed twice (ISIT and CoRR versions of 'An Information Theoretic
Interpretation to Deep Neural Networks') is two entries.  Title = the bold text, the wrapped one
joined with a space.  Ids: arXiv from the CoRR 'arxiv.org/abs' links, DOI from the doi.org links;
'dl.acm.org/citation.cfm?id=' and IEEE Xplore document links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "mace-cream__lab2cnew__content__publication___index.en@16b9702.md"
PART = "wild11_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_topic: dict[str, list[int]] = {}
    topic = None
    starts = [i for i, t in enumerate(LINES, 1) if re.match(r"\[\d+\] \*\*", t)]
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            topic = text[4:].strip()
            per_topic[topic] = []
        m = re.match(r"\[(\d+)\] \*\*(.*)$", text)
        if not m:
            continue
        # the record runs to the line before the next '[n] **' line, a blank line or a heading
        end = i
        while end < len(LINES) and LINES[end].strip() and end + 1 not in starts and not LINES[end].startswith("#"):
            end += 1
        block = " ".join(LINES[i - 1:end])
        t = re.match(r"\[\d+\] \*\*(.+?)\*\*", block)
        assert t, i
        papers.append(entry(LINES, i, end, t.group(1)))
        per_topic[topic].append(int(m.group(1)))
    counts = {k: len(v) for k, v in per_topic.items()}
    assert counts == {"AI Theory": 7, "AI Analytics": 5, "AI Application": 14, "IoT Environment": 7,
                      "IoT Smart Building": 5}, counts
    assert all(v == list(range(1, len(v) + 1)) for v in per_topic.values()), per_topic
    assert len(papers) == 38
    write_truth(NAME, PART, papers,
                "every '[n] **Title**' record with its author/venue line is an entry (numbering restarts per topic);"
                " title = the bold text (one wrapped over two lines, joined); ids from the record's doi.org or"
                " arxiv.org link",
                "all 38 records one by one against the file (titles, line ranges incl. the two-line title of AI Theory"
                " [6], the 3 DOIs and 3 arXiv ids); count by grep of '^[n] **' lines (38) and the per-topic numbering"
                " 1..n")


if __name__ == "__main__":
    main()
