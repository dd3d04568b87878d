module scorecardoracle

go 1.19
