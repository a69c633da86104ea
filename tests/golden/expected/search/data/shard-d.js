peerdirSearchData("shard-d",
{
 "fieldVectors": [
  [
   "d/2",
   [
    59,
    0.792
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
   "dublin",
   {
    "_index": 59,
    "a": {},
    "d": {
     "2": {}
    },
    "k": {},
    "l": {},
    "n": {},
    "o": {},
    "r": {},
    "s": {},
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
