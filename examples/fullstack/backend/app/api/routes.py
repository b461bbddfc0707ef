from fastapi import APIRouter

router = APIRouter(prefix="/api/v1")


@router.get("/items")
def list_items() -> list[dict[str, str]]:
    return []
