peerdirSearchData("shard-l",
{
 "fieldVectors": [
  [
   "s/2",
   [
    34,
    4.142
   ]
  ]
 ],
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
 "invertedIndex": [
  [
   "live",
   {
    "_index": 34,
    "a": {},
    "d": {},
    "k": {},
    "l": {},
    "n": {},
    "o": {},
    "r": {},
    "s": {
     "2": {}
    },
    "t": {},
    "w": {}
   }
  ]
 ],
 "pipeline": [
  "stemmer"
 ],
 "version": "2.3.9"
}
);
