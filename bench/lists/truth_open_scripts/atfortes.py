"""Open truth for atfortes/Awesome-LLM-Reasoning: '1. **[Title.](url)** [[code](url)]' then a blank line and
'    *Authors.* Venue'YY'."""
import re

from _open import Open

NAME = "atfortes__Awesome-LLM-Reasoning__README@6052872.md"


def main() -> None:
    t = Open(NAME)
    first = next(i for i, x in enumerate(t.lines, 1) if x.startswith("## Survey"))
    last = next(i for i, x in enumerate(t.lines, 1) if x.startswith("## Other Useful Resources"))
    for i in range(first, last):
        m = re.match(r"\d+\.\s+\*\*\[(.+?)\]\(", t.line(i))
        if not m:
            continue
        end = i
        j = i + 1
        while j < last and not t.line(j).strip():
            j += 1
        if re.match(r"\s+\*", t.line(j)):
            end = j  # the author line after a blank line
        t.add(i, end, m.group(1))
    t.write("every numbered '**[Title.](url)**' item from Survey to the end of the technique sections is an entry,"
            " running to its indented italic author line after a blank line, title = the link text; 'Other"
            " Useful Resources' (libraries) and 'Other Awesome Lists' are not papers",
            "the 15-entry sample, that no other line in the range is a record, every item whose author line is"
            " missing")


if __name__ == "__main__":
    main()
