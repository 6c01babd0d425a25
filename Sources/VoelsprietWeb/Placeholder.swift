import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import Mustache
public enum Placeholder3 {}
