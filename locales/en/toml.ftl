# The TOML parser's own reason after "invalid TOML:" (E0101), as the parser
# writes it: `<what>, expected <item>, <item>`. The English text must be the
# parser's, byte for byte (see src/diagnostic/toml_reason.rs); a reason
# that is not known here is shown as the parser wrote it, in English.

diag-toml-expected = { $what }, expected { $expected }
diag-toml-expected-literal = { $what }, expected { $expected }
diag-toml-expected-nothing = { $what }, expected nothing
diag-toml-between = { $unit } between { $low } and { $high }

## What went wrong

diag-toml-invalid-basic-string = invalid basic string
diag-toml-invalid-literal-string = invalid literal string
diag-toml-invalid-ml-basic-string = invalid multi-line basic string
diag-toml-invalid-ml-literal-string = invalid multi-line literal string
diag-toml-invalid-string = invalid string
diag-toml-must-quote = string values must be quoted, expected literal string
diag-toml-bad-escape = missing escaped value
diag-toml-short-unicode = too few unicode value digits
diag-toml-bad-comment = invalid comment character
diag-toml-key-no-value = key with no value
diag-toml-missing-value = missing value
diag-toml-missing-value-for-key = missing value for key
diag-toml-duplicate-key = duplicate key
diag-toml-invalid-key = invalid key
diag-toml-invalid-unquoted-key = invalid unquoted key
diag-toml-empty-key = unquoted keys cannot be empty
diag-toml-invalid-table = invalid table
diag-toml-unclosed-table = unclosed table
diag-toml-unclosed-array-table = unclosed array table
diag-toml-unclosed-array = unclosed array
diag-toml-unclosed-inline-table = unclosed inline table
diag-toml-unexpected-key-or-value = unexpected key or value
diag-toml-unexpected-content = unexpected content
diag-toml-invalid-value = invalid value
diag-toml-invalid-key-value = invalid key-value pair
diag-toml-missing-assignment = missing assignment between key-value pairs
diag-toml-extra-assignment = extra assignment between key-value pairs
diag-toml-extra-equals = extra `=`
diag-toml-missing-array-comma = missing comma between array elements
diag-toml-missing-table-comma = missing comma between key-value pairs
diag-toml-extra-array-comma = extra comma in array
diag-toml-extra-table-comma = extra comma in inline table
diag-toml-invalid-boolean = invalid boolean
diag-toml-invalid-integer = invalid integer number
diag-toml-invalid-float = invalid float
diag-toml-invalid-fraction = invalid fraction
diag-toml-invalid-exponent = invalid exponent
diag-toml-leading-zero = unexpected leading zero
diag-toml-underscore = `_` may only go between digits
diag-toml-invalid-date-time = invalid date-time
diag-toml-invalid-datetime = invalid datetime
diag-toml-invalid-date = invalid date
diag-toml-invalid-time = invalid time
diag-toml-invalid-offset = invalid offset

## What it expected instead

diag-toml-newline = newline
diag-toml-key = key
diag-toml-value = value
diag-toml-digits = digits
diag-toml-letters = letters
diag-toml-numbers = numbers
diag-toml-printable = printable characters
diag-toml-unicode-hex = unicode hexadecimal value
diag-toml-year-digits = a four-digit year (YYYY)
diag-toml-month-digits = a two-digit month (MM)
diag-toml-day-digits = a two-digit day (DD)
diag-toml-hour-digits = a two-digit hour (HH)
diag-toml-minute-digits = a two-digit minute (MM)
diag-toml-second-digits = a two-digit second (SS)
diag-toml-date-or-time = `-` (YYYY-MM) or `:` (HH:MM)
diag-toml-t-between = `T` between date and time
diag-toml-unit-month = month
diag-toml-unit-day = day
diag-toml-unit-hour = hour
diag-toml-unit-hours = hours
diag-toml-unit-minute = minute
diag-toml-unit-minutes = minutes
diag-toml-unit-second = second
