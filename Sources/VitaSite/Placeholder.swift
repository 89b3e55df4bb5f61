import VitaCore
