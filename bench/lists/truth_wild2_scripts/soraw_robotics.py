"""Wild2 truth for soraw-ai/Awesome-Robotics-And-Agentics-Work papers/Robotics.md: '- **Title** `Tag` <br>' with indented lines.

Entries: every '- **' bullet; the entry runs over the indented lines after it (authors in
italics, 'Team:' line, 'venue, date [[Paper](url)], [[PDF](url)]' line, '[[Code](url)]' with
star badges), up to the next line that does not start with a space.  Title = the bold span; the
backtick tags after it ('Grasp', 'Task Planning') are not part of it.  The
Dataset/Benchmark/Simulator/Tool section's bullets are papers (arXiv / proceedings) describing
the datasets and benchmarks, so they are entries.  The same survey listed twice (lines 222 and
228) is two entries.  The nested '- **Blogs**' sub-bullets under the PromptBook entry (a Zhihu
blog post about it, lines 61-62) are part of that entry, not entries.  Not entries: the
contents bullets.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "soraw-ai__Awesome-Robotics-And-Agentics-Work__papers__Robotics@6fa8ddf.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def main() -> None:
    for i, text in enumerate(LINES, 1):
        m = re.match(r"- \*\*(.+?)\*\*", text)
        if not m:
            continue
        end = i
        while end < len(LINES) and LINES[end].startswith(" ") and LINES[end].strip():
            end += 1
        PAPERS.append(entry(LINES, i, end, m.group(1)))
    write_truth(
        NAME, PART, PAPERS,
        "every '- **Title**' bullet is an entry, running over its indented author/team/venue/link/code lines;"
        " title = the bold span without the backtick tags; contents bullets are not entries",
        "count: 63 '- **' bullets (grep) = 63 entries; every entry's extent (indented lines, no blank line inside,"
        " next bullet or heading after it); first and last entry of each of the 8 sections, ~20 random entries"
        " (title, tags left out, arXiv id from the [[Paper]] link), the entries without an arXiv link,"
        " the duplicated survey (lines 222 and 228), the dataset/benchmark section, the Blogs sub-bullet"
        " inside entry 57-62, the Annual Reviews DOI (line 239)",
    )


if __name__ == "__main__":
    main()
