"""Wild26 truth for ucbrise/cs294-rise-fa16 prediction_serving.md: one lecture page of a Berkeley
graduate seminar (CS294 RISE Lab, Fall 2016), taken from the gh-pages (website) branch.

Shape: a Jekyll page.  After a figure, an intro paragraph and a '## Slides' bullet list of four
talks (lines 14-20, not entries: slides of presenters), '## Reading lists:' has three '###' topics,
each with one numbered required reading and an '#### Optional Reading' numbered list.  A record is
'1. *Authors* [**Title**](url) Venue ... [[direct pdf link](url)]'; line 35 writes the authors
without italics.  Then '## Optional Reading on Machine Learning Applications' (line 57) has four
numbered items that start with a bold topic label ('**Cascades for fast predictions:**',
'**Speech recognition:**', '**Hardware for Deep Learning Inference**:', '**Security and Prediction
Serving**:') and hold further papers as indented '*' sub-bullets.
Title = the linked text of the record's first link (bold inside the link, except lines 79 and 88
where the link text is plain); a final '.' inside the bold (lines 27, 43, 45, 47) is the
citation's separator and is dropped by the helper.
Special cases:
  - line 59: the bold topic label before the title is not part of it (title = the linked text).
  - line 61: a sub-bullet of prose ('Viola and Jones inspired later work by ... in the design of
    [**Structured prediction cascades**](pdf)') is a record whose subject is one paper: an entry.
  - line 63: 'A Historical Perspective of Speech Recognition' is a CACM review article: an entry.
  - line 69: 'Google's Cloud Speech API' is a hosted service, not an entry.
  - line 73: the NVIDIA whitepaper 'GPU-Based Deep Learning Inference: A Performance and Power
    Analysis' is counted as a technical report: an entry.
  - line 75: '**Google's Tensor Processing Unit (TPU)**:' is a sub-heading, not an entry; of its
    four sub-bullets, line 79 (the GNMT paper on arXiv) is an entry, lines 77 (IEEE Spectrum news),
    81 (techradar news) and 83 (Google Cloud blog post) are not.
  - lines 86/88: the item's label is on line 86, the paper (plain link text) on its own
    continuation line 88; the entry is line 88.
Count check: 10 numbered records under the three topics (lines 27-55) + 8 papers in the last
section = 18 entries; 3 arXiv ids (lines 33, 65, 79), no DOI (ACM 'citation.cfm?id=' links give
none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "ucbrise__cs294-rise-fa16__prediction_serving@31aa6a4.md"
PART = "wild26_development"
TOPIC_RECORDS = [27, 31, 33, 35, 39, 43, 45, 47, 51, 55]
APPLICATION_PAPERS = [59, 61, 63, 65, 67, 73, 79, 88]
NOT_ENTRIES = {69, 75, 77, 81, 83}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[22] == "## Reading lists:" and lines[56].startswith("## Optional Reading on Machine")
    # every numbered record between the reading-list heading and the applications section
    numbered = [i for i in range(23, 57) if re.match(r"1\. ", lines[i - 1])]
    assert numbered == TOPIC_RECORDS, numbered
    # every line of the applications section that links something bold or is a sub-bullet
    linked = [i for i in range(58, 92) if "](" in lines[i - 1]]
    assert sorted(set(linked)) == sorted(set(APPLICATION_PAPERS) | NOT_ENTRIES - {75}), linked
    papers = []
    for i in TOPIC_RECORDS + APPLICATION_PAPERS:
        text = lines[i - 1]
        m = re.search(r"\[(\*\*.+?\*\*)\]\(", text) or re.search(r"\[([^\]\[]+)\]\(http", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 18, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 3
    write_truth(NAME, PART, papers,
                "every numbered reading under the three topic headings and every paper linked in the closing"
                " 'Optional Reading on Machine Learning Applications' items and sub-bullets is an entry (incl. a"
                " CACM review and an NVIDIA whitepaper as a report); title = the record's linked text, bold topic"
                " labels and the separator dot dropped; slides, a cloud service, news articles and a blog post"
                " are not entries",
                "all 18 entries and the 5 non-entry records of the file read by eye against the file; titles,"
                " the 3 arXiv ids and the absence of DOIs checked line by line")


if __name__ == "__main__":
    main()
