# Reads a class roster for deploy-class.sh and teardown-class.sh (sourced, not run; after
# deploy-common.sh, whose SUFFIX_RULE it applies).
#
# A roster is a text file with one attendee suffix per line. Blank lines are ignored, and so is
# everything from a '#' to the end of its line, so a roster can say who is who:
#
#   # Class of 12 March
#   alice        # Alice Martin
#   bob-2        # Bob Stone (there is another bob in the account)
#
# Every line is checked before anything is deployed or removed: the suffix rule of deploy-resources.sh,
# and no suffix twice (two attendees on one suffix would deploy into each other's stacks).

# read_roster FILE: sets ROSTER_SUFFIXES (in file order). Prints every problem as FILE:LINE: ...
# on stderr and returns 2 when there is any, or when the roster names nobody.
read_roster() {
  local file="$1"
  ROSTER_SUFFIXES=()
  if [[ ! -f "$file" || ! -r "$file" ]]; then
    echo "$SCRIPT: roster '$file' is not a readable file" >&2
    return 2
  fi
  # Plain arrays, no associative one: macOS still ships bash 3.2.
  local lines=() problems=0 number=0 line suffix seen_on i
  while IFS= read -r line || [[ -n "$line" ]]; do
    number=$((number + 1))
    line="${line%%#*}"          # a comment, to the end of the line
    line="${line//$'\r'/}"      # a roster saved with Windows line endings
    suffix="${line#"${line%%[![:space:]]*}"}"
    suffix="${suffix%"${suffix##*[![:space:]]}"}"
    [[ -z "$suffix" ]] && continue
    if ! [[ "$suffix" =~ $SUFFIX_RULE ]]; then
      echo "$file:$number: '$suffix' is not a valid suffix: use 1 to 20 lowercase letters, digits or '-', starting and ending with a letter or digit (e.g. alice, team-3)" >&2
      problems=$((problems + 1))
    else
      seen_on=""
      for ((i = 0; i < ${#ROSTER_SUFFIXES[@]}; i++)); do
        [[ "${ROSTER_SUFFIXES[$i]}" == "$suffix" ]] && seen_on="${lines[$i]}"
      done
      if [[ -n "$seen_on" ]]; then
        echo "$file:$number: '$suffix' is already on line $seen_on: one suffix per attendee (they would share their stacks)" >&2
        problems=$((problems + 1))
      else
        ROSTER_SUFFIXES+=("$suffix")
        lines+=("$number")
      fi
    fi
  done < "$file"
  if [[ $problems -gt 0 ]]; then
    echo "$SCRIPT: $problems problem(s) in the roster $file: nothing was deployed or removed. Fix the lines above and run again." >&2
    return 2
  fi
  if [[ ${#ROSTER_SUFFIXES[@]} -eq 0 ]]; then
    echo "$SCRIPT: the roster $file names nobody (only blank lines and comments)" >&2
    return 2
  fi
}
