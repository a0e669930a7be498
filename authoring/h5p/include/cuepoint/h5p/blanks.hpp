// H5P.Blanks ("Fill in the blanks") marks each blank in a sentence with asterisks:
// "Blueberries are *blue/purple:the colour of the sky at dusk*." Inside the stars,
// '/' separates the accepted answers and ':' starts a tip for the learner.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cuepoint::h5p {

struct Blank {
  std::vector<std::string> answers;  // trimmed, in the author's order, none empty
  std::string tip;                   // empty when there is none
};

struct BlanksSentence {
  // The sentence split around its blanks: text[0] blank[0] text[1] ... text[n].
  std::vector<std::string> text;
  std::vector<Blank> blanks;

  // The sentence with blank `asked` shown as "_____" and every other blank as "…".
  std::string prompt_for(std::size_t asked) const;
};

// Parses one plain-text sentence (HTML already stripped). An unpaired '*' stays
// text, as H5P shows it; a blank with no answer left after trimming is not a blank.
BlanksSentence parse_blanks(std::string_view sentence);

}  // namespace cuepoint::h5p
