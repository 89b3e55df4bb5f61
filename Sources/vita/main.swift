print("vita")
