"""Wild18 truth for media-sec-lab/Audio-Deepfake-Detection README: an audio-deepfake survey companion
whose papers sit in four different markups.

Shapes, in file order:
- Survey (lines 35-90): 14 bullet groups, a code-span tag line '- `【2022-04】-【ADD-Survey】-【...】`'
  followed by three sub-bullets: '**Title**', '**Author(s):** ...' and '[Paper](url)'.  Each group
  is an entry (tag line to Paper line), title = the bold sub-bullet.  One Paper link is a bare DOI
  written as a relative link ('[Paper](10.3389/...)').
- Audio Large Model (Markdown table, lines 102-108): a model name then '<br>' and links in one cell.
  Rows with a [Paper] link (AudioLM, VALL-E, Pengi, AudioPaLM) are entries naming their paper only
  by the model's name: title null.  Rows with only a Website link (USM, SpeechGPT, VoiceBox) are
  not entries (no paper).
- Datasets (Markdown table, lines 114-178): 'Name<br>[Paper](url) [Dataset](url)' in the third
  cell; every row links its paper, so each is an entry with title null (the dataset's name is a
  nickname, not the paper's title).  The row inside the HTML comment (line 181) is not rendered
  and is not an entry.  The ASVspoof 2015 row's only DOI is its Dataset link's (10.7488/ds/298); as
  the first DOI the row's line gives, it is kept as the entry's DOI.
- Commonly Used Noise Datasets (lines 189-196): datasets with only a Dataset link: not entries.
- Audio Enhancement Methods (lines 202-204): 'Method <br> [Paper](url) [Code](url)': entries with
  title null (method name only).
- Five HTML '<table>'s (Feature Extraction, Network Training): each data '<tr>' has a first
  '<td align="center">Title <br> <a href=...>Paper</a> ...</td>' cell; each such row is an entry,
  its lines the row's cell lines (the row at line 480 lacks its '</tr>'; it ends before the next
  '<tr>'), title = the cell text before '<br>'.
Not entries: the table of contents, What's New, the Top Repositories bullet (a repository), the
callout naming the list's own survey, the list's own BibTeX under Reference, the statement.

Counts checked a second way: 14 '- `【' tag lines; grep of '|...<br>...[Paper](' rows per table
(4 model rows with Paper of 7, 65 dataset rows, 3 method rows); 53 '<tr' in the HTML tables = 5
tables x 2 header rows + 43 data rows, and 43 '<br> <a href' title cells.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "media-sec-lab__Audio-Deepfake-Detection__README@e62c51a.md"
PART = "wild18_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    n_survey = n_model = n_data = n_method = n_html = 0
    i = 0
    while i < len(lines):
        text = lines[i]
        ln = i + 1
        if text.startswith("#"):
            section = text
        # Survey groups: tag line, bold title, authors, Paper link.
        if text.startswith("- `【"):
            m = re.match(r"\s+- \*\*(.+)\*\*\s*$", lines[i + 1])
            assert m and lines[i + 3].lstrip().startswith("- [Paper]"), ln
            papers.append(entry(lines, ln, ln + 3, m.group(1)))
            n_survey += 1
            i += 4
            continue
        # Markdown table rows (not inside the HTML comment on line 181).
        if text.startswith("|") and "[Paper](" in text:
            if "Audio Large Model" in section:
                n_model += 1
            elif section.startswith("# Datasets"):
                n_data += 1
            elif "Audio Enhancement" in section:
                n_method += 1
            else:
                raise AssertionError(ln)
            papers.append(entry(lines, ln, ln, None))
        # HTML table data rows: title cell then the other cells up to </tr>.
        m = re.match(r'\s*<td align="center">([^<]+?)\s*<br>\s*<a href=', text)
        if m:
            end = ln
            while not lines[end].strip().startswith(("</tr>", "<tr")):
                end += 1  # the row at line 480 has no </tr>: it ends before the next <tr>
            papers.append(entry(lines, ln, end, m.group(1)))
            n_html += 1
        i += 1
    assert (n_survey, n_model, n_data, n_method, n_html) == (14, 4, 65, 3, 43), (
        n_survey, n_model, n_data, n_method, n_html)
    assert len(papers) == 129
    write_truth(
        NAME, PART, papers,
        "the 14 Survey bullet groups (title = the bold sub-bullet), every Markdown table row of the Audio"
        " Large Model, Datasets and Audio Enhancement Methods tables that links a [Paper] (title null: the"
        " cell names a model, dataset or method only), and every data row of the five HTML tables (title ="
        " the first cell's text before <br>); website-only model rows, noise datasets, the repository bullet,"
        " the commented-out dataset row and the list's own survey and BibTeX are not entries",
        "every entry's line range, title and ids printed with -v against the file: all 14 survey groups, all"
        " 72 table rows (4 of the 7 model rows, 65 dataset rows, 3 method rows), all 43 HTML rows; counts"
        " by grep (14 tag lines, 53 '<tr' = 10 header + 43 data rows)")


if __name__ == "__main__":
    main()
