peerdirSearchData("shard-z",
{
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
 "terms": [
  "zoom"
 ],
 "vectors": {
  "k": [
   [
    2,
    0,
    1789
   ]
  ]
 },
 "version": "2.3.9"
},
"8f96227f3d");
