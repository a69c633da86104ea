peerdirSearchData("meta",
{
 "chunk": 10,
 "docs": 10,
 "fields": [
  "n",
  "t",
  "a",
  "o",
  "s",
  "k",
  "l",
  "r",
  "d",
  "w"
 ],
 "shards": [
  "0",
  "1",
  "2",
  "3",
  "4",
  "7",
  "a",
  "b",
  "c",
  "d",
  "e",
  "f",
  "g",
  "h",
  "l",
  "m",
  "n",
  "o",
  "p",
  "r",
  "s",
  "t",
  "w"
 ]
}
);
